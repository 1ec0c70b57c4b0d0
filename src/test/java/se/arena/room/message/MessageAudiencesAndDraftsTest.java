package se.arena.room.message;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import se.arena.RichText;
import se.arena.TestClock;
import se.arena.TimeConfiguration;
import se.arena.activity.Activity;
import se.arena.activity.ActivityAdministration;
import se.arena.activity.ActivityCatalogue;
import se.arena.activity.ActivityFormat;
import se.arena.activity.ActivityKind;
import se.arena.activity.ActivityStatus;
import se.arena.activity.Occasion;
import se.arena.activity.ProgrammeItem;
import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.network.Network;
import se.arena.privacy.Actor;
import se.arena.registration.Registration;
import se.arena.registration.Registrations;
import se.arena.web.SwedishTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.arena.identity.TestSignIn.as;

/** Messages to a sub-group, and an activity's programme or invitation filled in, sent now or by a set date. */
@SpringBootTest
@AutoConfigureMockMvc
class MessageAudiencesAndDraftsTest {

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
    ActivityAdministration activityAdministration;

    @Autowired
    ActivityCatalogue activityCatalogue;

    @Autowired
    ParticipantMessages messages;

    private final SignedInUser staff = new SignedInUser(990_953, "handlaggare-undergrupp@example.org", "Ulla Utskick",
            Set.of(Role.STAFF), Set.of(), Instant.now());

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aSubGroupsMessageReachesItsMembersWhoHoldASeatNowAndNobodyElse() throws Exception {
        Network network = scenarios.network();
        Registration anna = scenarios.seat(network, 23, "Anna Andersson");
        Registration bo = scenarios.seat(network, 24, "Bo Berg");
        long group = confirmedSingleGroup(network);
        Registration later = scenarios.seat(network, 25, "Cecilia Senare");
        registrations.cancelByStaff(network, bo, Actor.system());
        String subject = "Till gruppen " + UUID.randomUUID();

        mvc.perform(get("/admin/natverk/" + network.id() + "/undergrupper/" + group).with(as(staff)))
                .andExpect(content().string(containsString("/admin/meddelanden/nytt?natverk=" + network.id() + "&amp;undergrupp=" + group)));
        mvc.perform(get("/admin/meddelanden/nytt").param("natverk", Long.toString(network.id())).with(as(staff)))
                .andExpect(content().string(containsString("undergrupp=" + group)));
        mvc.perform(compose(network, group).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Undergrupp"), containsString("i nätverket " + network.title()),
                        containsString("1 person"))));
        String location = mvc.perform(send(network, group, subject, "Hej gruppen!", ""))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        assertThat(scenarios.recipientsOf(subject)).containsExactly(anna.email());
        assertThat(scenarios.recipientsOf(subject)).doesNotContain(bo.email(), later.email());
        assertThat(jdbc.sql("SELECT text_body FROM outbox_message WHERE subject = :s").param("s", subject).query(String.class).single())
                .contains("som deltagare i undergruppen");
        mvc.perform(get(location).with(as(staff)))
                .andExpect(content().string(allOf(containsString(anna.email()),
                        containsString("/admin/natverk/" + network.id() + "/undergrupper/" + group))));
        mvc.perform(get("/admin/meddelanden").param("typ", "SUBGROUP").param("q", subject).with(as(staff)))
                .andExpect(content().string(allOf(containsString(subject), containsString("1 meddelande"))));
        mvc.perform(get("/admin/meddelanden").param("typ", "NETWORK").param("q", subject).with(as(staff)))
                .andExpect(content().string(containsString("0 meddelanden")));
        mvc.perform(get("/admin/meddelanden/export").param("typ", "SUBGROUP").param("q", subject).param("format", "csv").with(as(staff)))
                .andExpect(content().string(allOf(containsString(subject), containsString("Undergrupp"))));
    }

    @Test
    void aSubGroupRemovedBeforeItsScheduledMessageGoesGetsItSentToNobodyAndThePageSaysSo() throws Exception {
        Network network = scenarios.network();
        scenarios.seat(network, 23, "Anna Andersson");
        long group = confirmedSingleGroup(network);
        String subject = "Borttagen grupp " + UUID.randomUUID();
        LocalDateTime at = LocalDateTime.now(TimeConfiguration.SWEDEN).plusDays(2).withSecond(0).withNano(0);
        String location = mvc.perform(send(network, group, subject, "Text.", at.toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        mvc.perform(post("/admin/natverk/" + network.id() + "/undergrupper/" + group + "/ta-bort").with(as(staff)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        clock.set(at.atZone(TimeConfiguration.SWEDEN).toInstant().plusSeconds(60));
        messages.sendDue();

        assertThat(scenarios.recipientsOf(subject)).isEmpty();
        assertThat(jdbc.sql("SELECT status FROM participant_message WHERE subject = :s").param("s", subject).query(String.class).single())
                .isEqualTo("SENT");
        clock.reset(); // the staff member's sign-in is younger than the time the job ran at
        mvc.perform(get(location).with(as(staff)))
                .andExpect(content().string(containsString("inga mottagare när det skickades: undergruppen kan ha tagits bort")));
        mvc.perform(compose(network, group).with(as(staff)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Det finns ingen bekräftad undergrupp")));
    }

    @Test
    void aProposedGroupIsNoAudienceUntilItIsConfirmed() throws Exception {
        Network network = scenarios.network();
        scenarios.seat(network, 23, "Anna Andersson");
        long division = propose(network);
        long group = jdbc.sql("SELECT id FROM room_subgroup WHERE division_id = :d").param("d", division).query(Long.class).single();

        mvc.perform(compose(network, group).with(as(staff))).andExpect(status().isNotFound());
        mvc.perform(send(network, group, "Förslag", "Text", "")).andExpect(status().isNotFound());
        SignedInUser participant = new SignedInUser(990_954, "deltagare-undergrupp@example.org", "D", Set.of(Role.PARTICIPANT),
                Set.of(), Instant.now());
        mvc.perform(compose(network, group).with(as(participant))).andExpect(status().isForbidden());
        mvc.perform(compose(another(network), group).with(as(staff))).andExpect(status().isNotFound());
    }

    @Test
    void theProgrammeIsFilledInWithTheDatesInSwedishTimeAndGoesOutByTheJobAtTheSetTime() throws Exception {
        Network network = scenarios.network();
        Registration anna = scenarios.seat(network, 23, "Anna Andersson");
        LocalDate day = LocalDate.now(TimeConfiguration.SWEDEN).plusDays(40);
        Activity activity = meeting(network, day);
        String dayText = SwedishTime.format(day, "EEEE d MMMM yyyy");

        String page = mvc.perform(get("/admin/meddelanden/nytt").param("aktivitet", Long.toString(activity.id()))
                        .param("utkast", "program").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"Program: " + activity.title() + "\""),
                        containsString(dayText + ", 09:30–15:00"), containsString("09:30–10:00 Kaffe och välkommen"),
                        containsString("10:00–12:00 Läget i regionerna, Karin Kunnig"),
                        containsString("/aktiviteter/" + activity.id()), containsString("Den automatiska inbjudan går ut som förut"),
                        containsString("Den automatiska inbjudan till " + activity.title() + " går ut "
                                + SwedishTime.format(day.minusDays(20), "d MMMM yyyy")))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("08:30–").doesNotContain("07:30–");

        mvc.perform(get("/admin/meddelanden/nytt").param("natverk", Long.toString(network.id())).with(as(staff)))
                .andExpect(content().string(allOf(containsString("<option value=\"" + activity.id() + "\""), containsString("Fyll i programmet"))));
        String body = mvc.perform(get("/admin/meddelanden/nytt").param("natverk", Long.toString(network.id()))
                        .param("utkast", "program").param("fran", Long.toString(activity.id())).with(as(staff)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String text = ActivityDrafts.text(ActivityDrafts.Kind.PROGRAMME, activity, activityCatalogue.occasions(activity), "http://localhost:8080",
                "x").body();
        Matcher textarea = Pattern.compile("<textarea[^>]*name=\"body\"[^>]*>(.*?)</textarea>", Pattern.DOTALL).matcher(body);
        assertThat(textarea.find()).isTrue();
        assertThat(HtmlUtils.htmlUnescape(textarea.group(1))).isEqualTo(text);

        String subject = "Program: " + activity.title() + " " + UUID.randomUUID().toString().substring(0, 6);
        LocalDateTime at = LocalDateTime.now(TimeConfiguration.SWEDEN).plusDays(5).withHour(8).withMinute(0).withSecond(0).withNano(0);
        mvc.perform(post("/admin/meddelanden/nytt").param("natverk", Long.toString(network.id())).with(as(staff)).with(csrf())
                        .param("subject", subject).param("body", text + "\n\nVälkomna!").param("sendAt", at.toString())
                        .param("submissionKey", MessageScenarios.key()).param("atgard", "skicka"))
                .andExpect(status().is3xxRedirection());
        clock.set(at.atZone(TimeConfiguration.SWEDEN).toInstant().minusSeconds(60));
        messages.sendDue();
        assertThat(scenarios.recipientsOf(subject)).isEmpty();
        clock.set(at.atZone(TimeConfiguration.SWEDEN).toInstant());
        messages.sendDue();
        assertThat(scenarios.recipientsOf(subject)).containsExactly(anna.email());
        assertThat(jdbc.sql("SELECT text_body FROM outbox_message WHERE subject = :s").param("s", subject).query(String.class).single())
                .contains(dayText + ", 09:30–15:00").contains("Välkomna!");
    }

    @Test
    void theInvitationToANetworksMembersLinksToTheSignUpAndOnlyTheNetworksOwnActivitiesFillItIn() throws Exception {
        Network network = scenarios.network();
        scenarios.seat(network, 23, "Anna Andersson");
        Activity activity = meeting(network, LocalDate.now(TimeConfiguration.SWEDEN).plusDays(30));
        Activity elsewhere = meeting(another(network), LocalDate.now(TimeConfiguration.SWEDEN).plusDays(30));

        mvc.perform(get("/admin/meddelanden/nytt").param("natverk", Long.toString(network.id())).param("utkast", "inbjudan")
                        .param("fran", Long.toString(activity.id())).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"Inbjudan: " + activity.title() + "\""),
                        containsString("Du är inbjuden till " + activity.title()),
                        containsString("Anmäl dig här: http://localhost:8080/aktiviteter/" + activity.id() + "/anmalan"))));
        mvc.perform(get("/admin/meddelanden/nytt").param("natverk", Long.toString(network.id())).param("utkast", "inbjudan")
                .param("fran", Long.toString(elsewhere.id())).with(as(staff))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/meddelanden/nytt").param("natverk", Long.toString(network.id())).param("utkast", "inbjudan")
                .param("fran", "abc").with(as(staff))).andExpect(status().isNotFound());
    }

    @Test
    void aFilledInTextIsStillCheckedLikeAnyOtherWhenSent() throws Exception {
        Network network = scenarios.network();
        scenarios.seat(network, 23, "Anna Andersson");
        long group = confirmedSingleGroup(network);

        mvc.perform(send(network, group, "x".repeat(201), "y".repeat(10_001), "inte en tid"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Skriv datum och tid som"), containsString("value=\"" + "x".repeat(201) + "\""))));
        assertThat(jdbc.sql("SELECT count(*) FROM participant_message WHERE audience_kind = 'SUBGROUP' AND audience_id = :g")
                .param("g", group).query(Long.class).single()).isZero();
    }

    @Test
    void theDemoWroteToOneOfTheRunningNetworksSubGroupsAndItsMembersGotIt() {
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM participant_message m
                        WHERE m.audience_kind = 'SUBGROUP' AND m.sender = 'kansliet@example.org' AND m.status = 'SENT'
                          AND EXISTS (SELECT 1 FROM participant_message_recipient r WHERE r.message_id = m.id)
                        """).query(Long.class).single()).isEqualTo(1);
    }

    /** A one-group division of the network's seat holders, proposed and confirmed by staff through the pages. */
    private long confirmedSingleGroup(Network network) throws Exception {
        long division = propose(network);
        mvc.perform(post("/admin/natverk/" + network.id() + "/undergrupper/forslag/bekrafta").param("indelning", Long.toString(division))
                .with(as(staff)).with(csrf())).andExpect(status().is3xxRedirection());
        return jdbc.sql("SELECT id FROM room_subgroup WHERE division_id = :d").param("d", division).query(Long.class).single();
    }

    private long propose(Network network) throws Exception {
        mvc.perform(post("/admin/natverk/" + network.id() + "/undergrupper/forslag").with(as(staff)).with(csrf())
                        .param("grouping", "NEIGHBOURS").param("measure", "grupper").param("number", "1"))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("SELECT id FROM room_subgroup_division WHERE network_id = :n AND status = 'PROPOSED'")
                .param("n", network.id()).query(Long.class).single();
    }

    /** A published meeting in Stockholm of the network, 09:30–15:00 Swedish time, with a programme and an invitation date. */
    private Activity meeting(Network network, LocalDate day) {
        Activity draft = new Activity(0, ActivityKind.MEETING, "Nätverksträff " + UUID.randomUUID().toString().substring(0, 8),
                RichText.sanitise("<p>Träff.</p>"), ActivityFormat.PHYSICAL, "Konferenscentret", "Hornsgatan 20", "Stockholm", null,
                false, List.of(network.id()), "Fika", "Resa", null, day.minusDays(20), ActivityStatus.DRAFT, false,
                List.of(new ProgrammeItem(LocalTime.of(9, 30), LocalTime.of(10, 0), "Kaffe och välkommen", null),
                        new ProgrammeItem(LocalTime.of(10, 0), LocalTime.of(12, 0), "Läget i regionerna", "Karin Kunnig")));
        long id = activityAdministration.create(draft, Occasion.instant(day, LocalTime.of(9, 30)), Occasion.instant(day, LocalTime.of(15, 0)),
                30, Actor.system());
        Activity created = activityCatalogue.find(id).orElseThrow();
        activityAdministration.moveStatus(created, ActivityStatus.DRAFT, ActivityStatus.PUBLISHED, Actor.system());
        return activityCatalogue.find(id).orElseThrow();
    }

    private MockHttpServletRequestBuilder compose(Network network, long group) {
        return get("/admin/meddelanden/nytt").param("natverk", Long.toString(network.id())).param("undergrupp", Long.toString(group));
    }

    private MockHttpServletRequestBuilder send(Network network, long group, String subject, String body, String sendAt) {
        return post("/admin/meddelanden/nytt").param("natverk", Long.toString(network.id())).param("undergrupp", Long.toString(group))
                .with(as(staff)).with(csrf())
                .param("subject", subject).param("body", body).param("sendAt", sendAt).param("submissionKey", MessageScenarios.key())
                .param("atgard", "skicka");
    }



    private Network another(Network network) {
        Network other = scenarios.network();
        assertThat(other.id()).isNotEqualTo(network.id());
        return other;
    }


}
