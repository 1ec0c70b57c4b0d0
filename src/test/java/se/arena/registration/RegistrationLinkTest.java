package se.arena.registration;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.arena.SecretTokens;
import se.arena.TestClock;
import se.arena.identity.Mailbox;
import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.identity.TestSignIn;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.OrganisationDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.arena.identity.TestSignIn.as;

/**
 * A registration's links work for as long as their use lasts, staff can revoke them, and whoever
 * holds a dead one can have a new one sent, never to any address but the registration's own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegistrationLinkTest {

    private final SignedInUser staff = TestSignIn.user(920_001, Role.STAFF, Set.of());

    @Autowired
    MockMvc mvc;

    @Autowired
    NetworkAdministration administration;

    @Autowired
    NetworkCatalogue catalogue;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theOwnPageLinkStopsAfterSixtyDaysAndANewOneGoesToTheRegistrationsAddress() throws Exception {
        Network network = new TestNetworks(administration, catalogue).open(2, null, "");
        String email = email();
        new PublicForm(mvc, jdbc).registerAndConfirm(network, email, organisation(), SecretTokens.newToken(), "Lina Länk");
        String page = mailbox().latestLinkPathTo(email, "/anmalan/");

        clock.set(clock.instant().plus(Duration.ofDays(59)));
        mvc.perform(get(page)).andExpect(status().isOk());
        clock.set(clock.instant().plus(Duration.ofDays(2)));
        mvc.perform(get(page)).andExpect(status().isGone())
                .andExpect(content().string(containsString("Skicka en ny länk till min e-post")));
        mvc.perform(post(page + "/avboka").with(csrf())).andExpect(status().isGone());

        mvc.perform(post("/lank/ny").with(csrf()).param("lank", secretOf(page))).andExpect(redirectedUrl("/lank/ny/skickad"));
        String fresh = mailbox().latestLinkPathTo(email, "/anmalan/");
        assertThat(fresh).isNotEqualTo(page);
        mvc.perform(get(fresh)).andExpect(status().isOk()).andExpect(content().string(containsString("Lina Länk")));
    }

    @Test
    void staffRevokeAPendingRegistrationsLinksAndANewConfirmationLinkStillConfirmsWithinTheHold() throws Exception {
        Network network = new TestNetworks(administration, catalogue).open(2, null, "");
        String email = email();
        mvc.perform(PublicForm.submit(network, email, organisation(), SecretTokens.newToken(), "Pia Väntar"))
                .andExpect(status().is3xxRedirection());
        String confirmation = new PublicForm(mvc, jdbc).confirmationLink(email);
        long registration = jdbc.sql("SELECT id FROM registration WHERE email = :email").param("email", email)
                .query(Long.class).single();
        String adminPage = "/admin/natverk/" + network.id() + "/anmalningar/" + registration;

        mvc.perform(get(adminPage).with(as(staff))).andExpect(content().string(containsString("Spärra länken")));
        mvc.perform(post(adminPage + "/sparra-lank").with(as(staff)).with(csrf())).andExpect(redirectedUrl(adminPage));
        mvc.perform(get(confirmation)).andExpect(status().isGone());
        mvc.perform(post(confirmation).with(csrf())).andExpect(status().isGone());
        assertThat(jdbc.sql("SELECT status FROM registration WHERE id = :id").param("id", registration).query(String.class).single())
                .isEqualTo("PENDING");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'REGISTRATION_LINK_REVOKED' AND subject_id = :id")
                .param("id", Long.toString(registration)).query(Long.class).single()).isEqualTo(1);

        mvc.perform(post("/lank/ny").with(csrf()).param("lank", secretOf(confirmation))).andExpect(redirectedUrl("/lank/ny/skickad"));
        new PublicForm(mvc, jdbc).confirm(email);
        assertThat(jdbc.sql("SELECT status FROM registration WHERE id = :id").param("id", registration).query(String.class).single())
                .isEqualTo("CONFIRMED");
    }

    @Test
    void aSeatOfferIsOpenForTwoWeeks() throws Exception {
        Network network = new TestNetworks(administration, catalogue).open(2, null, "");
        String email = email();
        new PublicForm(mvc, jdbc).registerAndConfirm(network, email, organisation(), SecretTokens.newToken(), "Olle Överlåtare");
        String colleague = email();
        mvc.perform(post(mailbox().latestLinkPathTo(email, "/anmalan/") + "/overlat").with(csrf())
                .param("colleagueName", "Kim Kollega").param("colleagueEmail", colleague)).andExpect(status().is3xxRedirection());
        String offer = mailbox().latestLinkPathTo(colleague, "/anmalan/overlatelse/");

        clock.set(clock.instant().plus(Duration.ofDays(13)));
        mvc.perform(get(offer)).andExpect(status().isOk());
        clock.set(clock.instant().plus(Duration.ofDays(2)));
        mvc.perform(get(offer)).andExpect(status().isGone());
    }

    private static String secretOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String email() {
        return "lank-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
    }

    private long organisation() {
        return organisations.all().getFirst().id();
    }

    private Mailbox mailbox() {
        return new Mailbox(jdbc);
    }
}
