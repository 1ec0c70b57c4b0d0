package se.arena.activity;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.arena.TestClock;
import se.arena.identity.Mailbox;
import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.identity.TestSignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.arena.identity.TestSignIn.as;

/**
 * A sign-up's personal link works for a while after its occasion, not for ever; staff can revoke
 * it; whoever holds a dead one can have a new one sent, but only to the sign-up's own address.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignUpLinkTest {

    private final SignedInUser staff = TestSignIn.user(910_001, Role.STAFF, Set.of());

    @Autowired
    MockMvc mvc;

    @Autowired
    ActivityAdministration administration;

    @Autowired
    ActivityCatalogue catalogue;

    @Autowired
    SignUps signUps;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theLinkStopsAMonthAfterTheOccasionAndANewOneGoesToTheSignUpsOwnAddress() throws Exception {
        Activity seminar = new TestActivities(administration, catalogue, signUps).publicSeminar(10);
        Occasion occasion = catalogue.occasions(seminar).getFirst();
        SignUp signUp = signUps.signUp(seminar, TestActivities.person(occasion, false)).signUp();
        String link = mailbox().latestLinkPathTo(signUp.email(), "/aktiviteter/min-anmalan/");
        mvc.perform(get(link)).andExpect(status().isOk());

        clock.set(occasion.endsAt().plus(Duration.ofDays(29)));
        mvc.perform(get(link)).andExpect(status().isOk());
        clock.set(occasion.endsAt().plus(Duration.ofDays(31)));
        mvc.perform(get(link)).andExpect(status().isGone())
                .andExpect(content().string(allOf(containsString("Länken fungerar inte längre"),
                        containsString("Skicka en ny länk till min e-post"))));
        mvc.perform(post(link + "/avboka").with(csrf())).andExpect(status().isGone());

        long mailsBefore = mailbox().countTo(signUp.email());
        mvc.perform(post("/lank/ny").with(csrf()).param("lank", secretOf(link)))
                .andExpect(redirectedUrl("/lank/ny/skickad"));
        assertThat(mailbox().countTo(signUp.email())).isEqualTo(mailsBefore + 1);
        String fresh = mailbox().latestLinkPathTo(signUp.email(), "/aktiviteter/min-anmalan/");
        assertThat(fresh).isNotEqualTo(link);
        mvc.perform(get(fresh)).andExpect(status().isOk());
        mvc.perform(get(link)).andExpect(status().isGone());
    }

    @Test
    void staffRevokeALinkAndItsHolderCanOnlyHaveANewOneSentToTheSignUpsAddressAFewTimesADay() throws Exception {
        Activity seminar = new TestActivities(administration, catalogue, signUps).publicSeminar(10);
        SignUp signUp = signUps.signUp(seminar, TestActivities.person(catalogue.occasions(seminar).getFirst(), false)).signUp();
        String link = mailbox().latestLinkPathTo(signUp.email(), "/aktiviteter/min-anmalan/");

        mvc.perform(post("/lank/ny").with(csrf()).param("lank", secretOf(link)))
                .andExpect(redirectedUrl("/lank/ny/skickad"));
        assertThat(mailbox().countTo(signUp.email())).as("a link that works needs no new one").isEqualTo(1);

        mvc.perform(post("/admin/aktiviteter/" + seminar.id() + "/anmalningar/" + signUp.id() + "/sparra-lank")
                .with(as(staff)).with(csrf())).andExpect(redirectedUrl("/admin/aktiviteter/" + seminar.id()));
        mvc.perform(get(link)).andExpect(status().isGone());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'ACTIVITY_SIGN_UP_LINK_REVOKED' AND subject_id = :id")
                .param("id", Long.toString(signUp.id())).query(Long.class).single()).isEqualTo(1);

        for (int ask = 0; ask < 5; ask++) {
            mvc.perform(post("/lank/ny").with(csrf()).param("lank", secretOf(link)))
                    .andExpect(redirectedUrl("/lank/ny/skickad"));
        }
        assertThat(mailbox().countTo(signUp.email()))
                .as("the confirmation, then new links until three links were issued that day")
                .isEqualTo(1 + 2);
        mvc.perform(post("/lank/ny").with(csrf()).param("lank", "x".repeat(43)))
                .andExpect(redirectedUrl("/lank/ny/skickad"));
        mvc.perform(get("/aktiviteter/min-anmalan/" + "x".repeat(43))).andExpect(status().isNotFound());
    }

    private static String secretOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private Mailbox mailbox() {
        return new Mailbox(jdbc);
    }
}
