package se.arena.activity;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.arena.identity.Mailbox;
import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.identity.TestSignIn;
import se.arena.network.Network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ActivityPagesTest {

    @Autowired
    ActivityScenarios scenarios;

    @Autowired
    MockMvc mvc;

    @Autowired
    ActivityAdministration administration;

    @Autowired
    SignUps signUps;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCalendarListsPublishedActivitiesByNetworkKindAndFormButNeverADraft() throws Exception {
        Network network = scenarios.networks().open(2, null, "");
        Activity meeting = scenarios.activities().digitalMeeting(List.of(network.id()), 20);
        Activity seminar = scenarios.activities().publicSeminar(50);
        Activity draft = scenarios.activities().activity(ActivityFormat.DIGITAL, false, List.of(network.id()));
        long draftId = administration.create(draft, TestActivities.at(java.time.LocalDate.now().plusDays(30), 9),
                TestActivities.at(java.time.LocalDate.now().plusDays(30), 10), null, se.arena.privacy.Actor.system());

        mvc.perform(get("/aktiviteter").param("natverk", Long.toString(network.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(meeting.title()), not(containsString(seminar.title())),
                        not(containsString(draft.title())), containsString("/natverk/" + network.slug() + "/aktiviteter.ics"))));
        mvc.perform(get("/aktiviteter").param("natverk", "alla").param("format", "PHYSICAL"))
                .andExpect(content().string(allOf(containsString(seminar.title()), not(containsString(meeting.title())))));
        mvc.perform(get("/aktiviteter").param("typ", "WEBCAST").param("natverk", Long.toString(network.id())))
                .andExpect(content().string(containsString("Inga aktiviteter matchar")));
        mvc.perform(get("/aktiviteter/" + draftId)).andExpect(status().isNotFound());
        mvc.perform(get("/aktiviteter/" + meeting.id())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(meeting.title()), containsString("Logga in"),
                        containsString(network.title()))));
    }

    @Test
    void anyoneSignsUpForAnOpenSeminarOnceGetsAPersonalLinkAndCancelsThere() throws Exception {
        Activity seminar = scenarios.activities().publicSeminar(40);
        Occasion occasion = scenarios.activities().occasions(seminar).getFirst();
        mvc.perform(get("/aktiviteter/" + seminar.id() + "/anmalan")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Specialkost"), containsString("Jag godkänner"))));

        String email = email();
        String key = key();
        mvc.perform(publicSignUp(seminar, occasion.id() + "", email, key).param("dietaryNeeds", "Vegetarisk"))
                .andExpect(redirectedUrl("/aktiviteter/" + seminar.id() + "/anmalan/kvitto/" + key));
        mvc.perform(publicSignUp(seminar, occasion.id() + "", email, key))
                .andExpect(redirectedUrl("/aktiviteter/" + seminar.id() + "/anmalan/kvitto/" + key));
        assertThat(new Mailbox(jdbc).countTo(email)).isEqualTo(1);

        mvc.perform(get("/aktiviteter/" + seminar.id() + "/anmalan/kvitto/" + key))
                .andExpect(content().string(allOf(containsString("Du är anmäld"), containsString(occasion.label()))));

        String link = new Mailbox(jdbc).latestLinkPathTo(email, "/aktiviteter/min-anmalan/");
        mvc.perform(get(link)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Bekräftad"), containsString("Vegetarisk"),
                        containsString("Föreningen Framtid"))));
        mvc.perform(post(link + "/avboka").with(csrf())).andExpect(redirectedUrl(link));
        mvc.perform(get(link)).andExpect(content().string(containsString("Avbokad")));

        mvc.perform(publicSignUp(seminar, occasion.id() + "", email, key()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(publicSignUp(seminar, occasion.id() + "", email, key()))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("redan anmäld")));
    }

    @Test
    void anInvalidSignUpComesBackAsTypedWithEachProblemNextToItsField() throws Exception {
        Activity seminar = scenarios.activities().publicSeminar(40);
        mvc.perform(post("/aktiviteter/" + seminar.id() + "/anmalan").with(csrf())
                        .param("name", "Lisa <Lindqvist>").param("email", "lisa@").param("submissionKey", key()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("value=\"Lisa &lt;Lindqvist&gt;\""), containsString("value=\"lisa@\""),
                        containsString("Välj vilket datum"), containsString("aria-describedby=\"email-fel\""),
                        containsString("Välj din kommun eller region, eller skriv"), containsString("Du behöver godkänna"))));
        assertThat(jdbc.sql("SELECT count(*) FROM activity_sign_up WHERE activity_id = :id").param("id", seminar.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void whenTheChosenDateFillsUpThePersonChoosesItsQueueOrAnotherDateWithoutRetyping() throws Exception {
        Activity seminar = scenarios.activities().publicSeminar(1, 10);
        List<Occasion> occasions = scenarios.activities().occasions(seminar);
        signUps.signUp(seminar, TestActivities.person(occasions.getFirst(), false));

        String email = email();
        mvc.perform(publicSignUp(seminar, occasions.getFirst().id() + "", email, key()))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("blev fullbokat"),
                        containsString("value=\"" + occasions.getFirst().id() + "-vantelista\""),
                        containsString("fullbokat, ställ mig på väntelistan"), containsString("value=\"" + email + "\""))));

        mvc.perform(publicSignUp(seminar, occasions.getFirst().id() + "-vantelista", email, key()))
                .andExpect(status().is3xxRedirection());
        assertThat(signUps.activeOf(seminar, email).orElseThrow().status()).isEqualTo(SignUpStatus.WAITLISTED);
    }

    @Test
    void aNetworksParticipantSignsUpWithTheirSeatAndOthersAreToldWhyTheyCannot() throws Exception {
        Network network = scenarios.networks().open(2, null, "");
        Activity meeting = scenarios.activities().digitalMeeting(List.of(network.id()), 20, 20);
        Occasion second = scenarios.activities().occasions(meeting).get(1);
        String email = email();
        scenarios.seats().seat(network, karlskoga(), email, "Sara Seatholder");
        SignedInUser participant = participant(email);
        SignedInUser outsider = participant(email());

        mvc.perform(get("/aktiviteter/" + meeting.id() + "/anmalan").with(TestSignIn.as(outsider)))
                .andExpect(content().string(containsString("Du har ingen plats")));
        mvc.perform(post("/aktiviteter/" + meeting.id() + "/anmalan").with(csrf()).with(TestSignIn.as(outsider))
                        .param("occasion", second.id() + "").param("submissionKey", key()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/aktiviteter/" + meeting.id() + "/anmalan").with(csrf())
                        .param("occasion", second.id() + "").param("submissionKey", key()))
                .andExpect(status().isForbidden());

        mvc.perform(get("/aktiviteter/" + meeting.id() + "/anmalan").with(TestSignIn.as(participant)))
                .andExpect(content().string(allOf(containsString("Sara Seatholder"), not(containsString("Jag godkänner")))));
        mvc.perform(post("/aktiviteter/" + meeting.id() + "/anmalan").with(csrf()).with(TestSignIn.as(participant))
                        .param("occasion", second.id() + "").param("submissionKey", key()))
                .andExpect(redirectedUrl("/aktiviteter/" + meeting.id()))
                .andExpect(flash().attribute("message", containsString("Du är anmäld")));

        SignUp signUp = signUps.activeOf(meeting, email).orElseThrow();
        assertThat(signUp.occasionId()).isEqualTo(second.id());
        assertThat(signUp.networkId()).isEqualTo(network.id());
        assertThat(signUp.organisationId()).isEqualTo(karlskoga());
        mvc.perform(get("/aktiviteter/" + meeting.id()).with(TestSignIn.as(participant)))
                .andExpect(content().string(allOf(containsString("Din anmälan"), containsString(second.label()),
                        containsString(meeting.meetingLink()))));

        long accountId = jdbc.sql("SELECT id FROM account WHERE email = :email").param("email", email).query(Long.class).single();
        SignedInUser account = new SignedInUser(accountId, email, "Sara Seatholder", Set.of(Role.PARTICIPANT), Set.of(), Instant.now());
        mvc.perform(get("/mina-sidor").with(TestSignIn.as(account))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Mina aktiviteter"), containsString(meeting.title()),
                        containsString(second.label()))));

        mvc.perform(post("/aktiviteter/" + meeting.id() + "/avboka").with(csrf()).with(TestSignIn.as(participant)))
                .andExpect(redirectedUrl("/aktiviteter/" + meeting.id()));
        assertThat(signUps.activeOf(meeting, email)).isEmpty();
    }

    private MockHttpServletRequestBuilder publicSignUp(Activity activity, String occasion, String email, String key) {
        return post("/aktiviteter/" + activity.id() + "/anmalan").with(csrf())
                .param("occasion", occasion).param("name", "Lisa Lindqvist").param("title", "Verksamhetsutvecklare")
                .param("organisationName", "Föreningen Framtid").param("email", email).param("consent", "on")
                .param("submissionKey", key);
    }


    private long karlskoga() {
        return scenarios.municipality("Karlskoga").id();
    }


    static SignedInUser participant(String email) {
        return new SignedInUser(Math.abs(email.hashCode()), email, "Deltagare", Set.of(Role.PARTICIPANT), Set.of(), Instant.now());
    }

    static String email() {
        return "deltagare-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    static String key() {
        return "key-" + UUID.randomUUID().toString().replace("-", "");
    }
}
