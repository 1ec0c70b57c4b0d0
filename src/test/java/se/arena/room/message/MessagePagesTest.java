package se.arena.room.message;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.arena.TestClock;
import se.arena.TimeConfiguration;
import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.network.Network;
import se.arena.privacy.Actor;
import se.arena.registration.Registration;
import se.arena.registration.Registrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.arena.identity.TestSignIn.as;

/** Staff's messages to a network's or an activity's participants, through the pages. */
@SpringBootTest
@AutoConfigureMockMvc
class MessagePagesTest {

    @Autowired
    MessageScenarios scenarios;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    Registrations registrations;

    @Autowired
    ParticipantMessages messages;

    private final SignedInUser staff = new SignedInUser(990_951, "handlaggare-meddelanden@example.org", "Hanna Handläggare",
            Set.of(Role.STAFF), Set.of(), Instant.now());

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void sendingMailsEachCurrentHolderAloneWithTheirNameAndNoFormerHolderAndADoubleSubmitSendsOnce() throws Exception {
        Network network = scenarios.network();
        Registration anna = scenarios.seat(network, 20, "Anna Andersson");
        Registration bo = scenarios.seat(network, 21, "Bo Berg");
        Registration former = scenarios.seat(network, 22, "Frida Förra");
        registrations.cancelByStaff(network, former, Actor.system());
        String subject = "Program " + UUID.randomUUID();
        String key = MessageScenarios.key();

        mvc.perform(get("/admin/meddelanden/nytt").param("natverk", Long.toString(network.id())).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(network.title()), containsString("2 personer"))));
        String location = mvc.perform(send(network, subject, "Hej alla!\n\nLäs mer: https://example.org/program.", "", key))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(send(network, subject, "Hej alla!\n\nLäs mer: https://example.org/program.", "", key))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(location));

        assertThat(scenarios.recipientsOf(subject)).containsExactlyInAnyOrder(anna.email(), bo.email());
        String html = jdbc.sql("SELECT html_body FROM outbox_message WHERE subject = :s AND recipient = :r")
                .param("s", subject).param("r", anna.email()).query(String.class).single();
        assertThat(html).contains("Hej Anna Andersson!").contains("<a href=\"https://example.org/program\"")
                .doesNotContain(bo.email());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'PARTICIPANT_MESSAGE_SENT' AND details LIKE :n")
                .param("n", "%" + network.title() + "%").query(Long.class).single()).isEqualTo(1);

        mvc.perform(get(location).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(subject), containsString(anna.email()), containsString(bo.email()),
                        containsString("Väntar på att skickas"), not(containsString(former.email())))));
        jdbc.sql("UPDATE outbox_message SET status = 'FAILED' WHERE subject = :s AND recipient = :r")
                .param("s", subject).param("r", bo.email()).update();
        mvc.perform(get(location).with(as(staff)))
                .andExpect(content().string(allOf(containsString("Misslyckades"), containsString("Väntar på att skickas"))));
        mvc.perform(get("/admin/meddelanden").param("q", subject).with(as(staff)))
                .andExpect(content().string(allOf(containsString(subject), containsString("1 meddelande"))));
        mvc.perform(get("/admin/meddelanden/export").param("q", subject).param("format", "csv").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(subject)));
    }

    @Test
    void theSameWordsToTheSameNetworkAreRefusedFromTheSameStaffMemberEvenWithAFreshForm() throws Exception {
        Network network = scenarios.network();
        scenarios.seat(network, 20, "Anna Andersson");
        String subject = "Samma " + UUID.randomUUID();
        mvc.perform(send(network, subject, "Texten.", "", MessageScenarios.key())).andExpect(status().is3xxRedirection());
        mvc.perform(send(network, subject, "Texten.", "", MessageScenarios.key()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Du har redan skickat det här meddelandet")));
        assertThat(scenarios.recipientsOf(subject)).hasSize(1);
    }

    @Test
    void aRefusedFormAnswers422WithAMessageAtEachFieldAndKeepsWhatWasTyped() throws Exception {
        Network network = scenarios.network();
        scenarios.seat(network, 20, "Anna Andersson");
        String typed = "Texten som ska finnas kvar <b>fet</b>";

        mvc.perform(send(network, "", typed, "igår", MessageScenarios.key()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Skriv en ämnesrad."), containsString("Skriv datum och tid som"),
                        containsString("Texten som ska finnas kvar &lt;b&gt;fet&lt;/b&gt;"), containsString("value=\"igår\""))));
        mvc.perform(send(network, "x".repeat(201), "y".repeat(10_001), "", MessageScenarios.key()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(send(network, "Rad ett\r\nBcc: annan@example.org", "Text", "", MessageScenarios.key()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Ämnesraden är en rad")));
        String past = LocalDateTime.now(TimeConfiguration.SWEDEN).minusHours(1).withSecond(0).withNano(0).toString();
        mvc.perform(send(network, "Sent", "Text", past, MessageScenarios.key()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Tiden har redan varit")));
        assertThat(jdbc.sql("SELECT count(*) FROM participant_message WHERE audience_kind = 'NETWORK' AND audience_id = :id")
                .param("id", network.id()).query(Long.class).single()).isZero();
    }

    @Test
    void thePreviewShowsTheMailAsARecipientReadsItWithTheTextEscapedAndStoresNothing() throws Exception {
        Network network = scenarios.network();
        scenarios.seat(network, 20, "Anna Andersson");
        String subject = "Förhandsgranskning " + UUID.randomUUID();

        mvc.perform(action(network, subject, "<script>alert(1)</script> och https://example.org/a", "", MessageScenarios.key(), "forhandsgranska"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Så här ser mejlet ut för Anna Andersson"),
                        containsString("Hej Anna Andersson!"), containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
                        not(containsString("<script>alert(1)")))));
        assertThat(scenarios.recipientsOf(subject)).isEmpty();
        assertThat(scenarios.recipientsOf("[Test] " + subject)).isEmpty();
    }

    @Test
    void aTestSendGoesToTheSignedInStaffMemberOnlyAndKeepsTheForm() throws Exception {
        Network network = scenarios.network();
        Registration anna = scenarios.seat(network, 20, "Anna Andersson");
        String subject = "Test " + UUID.randomUUID();

        mvc.perform(action(network, subject, "Kolla länken https://example.org", "", MessageScenarios.key(), "testa"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ett testmeddelande är skickat till " + staff.email()),
                        containsString("value=\"" + subject + "\""))));
        assertThat(scenarios.recipientsOf("[Test] " + subject)).containsExactly(staff.email());
        assertThat(scenarios.recipientsOf(subject)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient = :r AND subject LIKE :s")
                .param("r", anna.email()).param("s", "%" + subject).query(Long.class).single()).isZero();
    }

    @Test
    void aScheduledMessageGoesOutByTheJobAtItsTimeToWhoHoldsASeatThenAndNotBefore() throws Exception {
        Network network = scenarios.network();
        Registration anna = scenarios.seat(network, 20, "Anna Andersson");
        String subject = "Schemalagt " + UUID.randomUUID();
        LocalDateTime at = LocalDateTime.now(TimeConfiguration.SWEDEN).plusDays(3).withHour(9).withMinute(0).withSecond(0).withNano(0);
        Instant sendAt = at.atZone(TimeConfiguration.SWEDEN).toInstant();

        mvc.perform(send(network, subject, "Programmet.", at.toString(), MessageScenarios.key())).andExpect(status().is3xxRedirection());
        Registration bo = scenarios.seat(network, 21, "Bo Berg");

        mvc.perform(get("/admin/meddelanden").param("q", subject).with(as(staff)))
                .andExpect(content().string(allOf(containsString("Schemalagt"), containsString(at.toLocalDate() + " 09:00"))));
        clock.set(sendAt.minus(Duration.ofMinutes(1)));
        messages.sendDue();
        assertThat(scenarios.recipientsOf(subject)).isEmpty();

        clock.set(sendAt);
        messages.sendDue();
        messages.sendDue();
        assertThat(scenarios.recipientsOf(subject)).containsExactlyInAnyOrder(anna.email(), bo.email());
        assertThat(jdbc.sql("SELECT status FROM participant_message WHERE subject = :s").param("s", subject).query(String.class).single())
                .isEqualTo("SENT");
    }

    @Test
    void staffCancelAScheduledMessageBeforeItGoesAndTheJobThenSendsNothing() throws Exception {
        Network network = scenarios.network();
        scenarios.seat(network, 20, "Anna Andersson");
        String subject = "Stoppas " + UUID.randomUUID();
        LocalDateTime at = LocalDateTime.now(TimeConfiguration.SWEDEN).plusDays(2).withSecond(0).withNano(0);
        String location = mvc.perform(send(network, subject, "Text.", at.toString(), MessageScenarios.key()))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(location).with(as(staff))).andExpect(content().string(containsString("Stoppa meddelandet")));
        mvc.perform(post(location + "/stoppa").with(as(staff)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(as(staff)))
                .andExpect(content().string(allOf(containsString("Stoppat"), not(containsString("Stoppa meddelandet")))));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'PARTICIPANT_MESSAGE_CANCELLED' AND subject_id = :id")
                .param("id", location.substring(location.lastIndexOf('/') + 1)).query(Long.class).single()).isEqualTo(1);

        clock.set(at.atZone(TimeConfiguration.SWEDEN).toInstant().plus(Duration.ofMinutes(5)));
        messages.sendDue();
        assertThat(scenarios.recipientsOf(subject)).isEmpty();
    }

    @Test
    void anActivitysMessageGoesToEachPersonWithAConfirmedPlaceOnce() throws Exception {
        long activity = jdbc.sql("SELECT activity_id FROM activity_sign_up WHERE status = 'CONFIRMED' ORDER BY activity_id FETCH FIRST 1 ROWS ONLY")
                .query(Long.class).single();
        List<String> confirmed = jdbc.sql("SELECT DISTINCT lower(email) FROM activity_sign_up WHERE activity_id = :a AND status = 'CONFIRMED'")
                .param("a", activity).query(String.class).list();
        String subject = "Till aktiviteten " + UUID.randomUUID();

        mvc.perform(get("/admin/meddelanden/nytt").param("aktivitet", Long.toString(activity)).with(as(staff)))
                .andExpect(content().string(containsString(confirmed.size() + " person")));
        mvc.perform(post("/admin/meddelanden/nytt").param("aktivitet", Long.toString(activity)).with(as(staff)).with(csrf())
                        .param("subject", subject).param("body", "Välkomna!").param("sendAt", "").param("submissionKey", MessageScenarios.key())
                        .param("atgard", "skicka"))
                .andExpect(status().is3xxRedirection());
        assertThat(scenarios.recipientsOf(subject).stream().map(String::toLowerCase).toList()).containsExactlyInAnyOrderElementsOf(confirmed);
    }

    @Test
    void onlyStaffReachThePages() throws Exception {
        Network network = scenarios.network();
        SignedInUser participant = new SignedInUser(990_952, "deltagare-meddelanden@example.org", "D", Set.of(Role.PARTICIPANT),
                Set.of(), Instant.now());
        mvc.perform(get("/admin/meddelanden").with(as(participant))).andExpect(status().isForbidden());
        mvc.perform(send(network, "Smyger", "Text", "", MessageScenarios.key()).with(as(participant))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/meddelanden/nytt").param("natverk", "999999999")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/meddelanden/nytt").param("natverk", "999999999").with(as(staff))).andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder send(Network network, String subject, String body, String sendAt, String key) {
        return action(network, subject, body, sendAt, key, "skicka");
    }

    private MockHttpServletRequestBuilder action(Network network, String subject, String body, String sendAt, String key, String action) {
        return post("/admin/meddelanden/nytt").param("natverk", Long.toString(network.id())).with(as(staff)).with(csrf())
                .param("subject", subject).param("body", body).param("sendAt", sendAt).param("submissionKey", key)
                .param("atgard", action);
    }




}
