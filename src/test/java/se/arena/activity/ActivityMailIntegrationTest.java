package se.arena.activity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.OrganisationDirectory;
import se.arena.privacy.Actor;
import se.arena.privacy.AuditActions;
import se.arena.registration.Registrations;
import se.arena.registration.TestNetworks;
import se.arena.registration.TestSeats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.arena.identity.TestSignIn.as;

/** Calendar invitations with sign-ups, changes and cancellations; the invitation and reminder sent once on their dates. */
@SpringBootTest
@AutoConfigureMockMvc
class ActivityMailIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ActivityAdministration administration;

    @Autowired
    ActivityCatalogue catalogue;

    @Autowired
    SignUps signUps;

    @Autowired
    ActivityMailings mailings;

    @Autowired
    NetworkAdministration networkAdministration;

    @Autowired
    NetworkCatalogue networkCatalogue;

    @Autowired
    Registrations registrations;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    private final SignedInUser staff = new SignedInUser(990401, "handlaggare-tider@example.org", "Handläggare",
            Set.of(Role.STAFF), Set.of(), Instant.now());

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aPlaceComesWithAnInvitationThatAChangeUpdatesAndACancellationRemovesUnderTheSameUid() throws Exception {
        Activity seminar = activities().publicSeminar(1);
        Occasion occasion = activities().occasions(seminar).getFirst();
        SignUp placed = signUps.signUp(seminar, TestActivities.person(occasion, true)).signUp();
        SignUp waiting = signUps.signUp(seminar, TestActivities.person(occasion, true)).signUp();
        String uid = "UID:arena-sign-up-" + placed.id() + "@";

        List<Attachment> first = attachmentsTo(placed.email());
        assertThat(first).hasSize(1);
        assertThat(first.getFirst().filename()).isEqualTo("inbjudan.ics");
        assertThat(first.getFirst().contentType()).contains("method=REQUEST");
        assertThat(first.getFirst().text()).contains(uid, "SEQUENCE:0", "DTSTART;TZID=Europe/Stockholm:", "TZID:Europe/Stockholm");
        assertThat(attachmentsTo(waiting.email())).as("a place in the queue has no calendar event").isEmpty();

        String page = "/admin/aktiviteter/" + seminar.id() + "/tillfallen/" + occasion.id() + "/tid";
        mvc.perform(post(page).with(as(staff)).with(csrf()).param("movedDate", "31 mars").param("movedStart", "13:00")
                        .param("movedEnd", "12:00"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Skriv datumet som ÅÅÅÅ-MM-DD"),
                        containsString("Sluttiden måste vara efter starttiden"), containsString("value=\"31 mars\""))));
        LocalDate newDay = occasion.date().plusDays(1);
        mvc.perform(post(page).with(as(staff)).with(csrf()).param("movedDate", newDay.toString()).param("movedStart", "13:00")
                        .param("movedEnd", "16:30"))
                .andExpect(redirectedUrl("/admin/aktiviteter/" + seminar.id()));

        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE subject_type = 'activity' AND subject_id = :id ORDER BY id DESC LIMIT 1")
                .param("id", Long.toString(seminar.id())).query(String.class).single()).isEqualTo(SignUps.OCCASION_RESCHEDULED);
        assertThat(AuditActions.label(SignUps.OCCASION_RESCHEDULED)).as("staff can find the change in the log").isEqualTo("Datum flyttat till ny tid");

        List<Attachment> changed = attachmentsTo(placed.email());
        assertThat(changed).hasSize(2);
        assertThat(changed.get(1).text()).contains(uid, "SEQUENCE:1",
                "DTSTART;TZID=Europe/Stockholm:" + newDay.toString().replace("-", "") + "T130000");
        assertThat(subjectsTo(waiting.email())).contains("Ändrat: " + seminar.title());
        assertThat(attachmentsTo(waiting.email())).isEmpty();

        signUps.cancelOccasion(seminar, catalogue.findOccasion(seminar, occasion.id()).orElseThrow(), Actor.system());
        List<Attachment> cancelled = attachmentsTo(placed.email());
        assertThat(cancelled).hasSize(3);
        assertThat(cancelled.get(2).filename()).isEqualTo("avbokning.ics");
        assertThat(cancelled.get(2).text()).contains(uid, "SEQUENCE:2", "METHOD:CANCEL", "STATUS:CANCELLED");
        assertThat(attachmentsTo(waiting.email())).as("no event to remove for someone who never had one").isEmpty();
    }

    @Test
    void theInvitationGoesOnceToEverySeatHolderEvenWhenTwoSchedulersRunItAtOnce() throws Exception {
        Network network = new TestNetworks(networkAdministration, networkCatalogue).open(3, null, "");
        List<String> holders = new ArrayList<>();
        for (int person = 0; person < 3; person++) {
            String email = "inbjuden-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            new TestSeats(registrations).seat(network, organisations.all().get(7).id(), email, "Inbjuden " + person);
            holders.add(email);
        }
        Activity draft = activities().activity(ActivityFormat.DIGITAL, false, List.of(network.id()));
        Activity meeting = activities().publish(new Activity(0, draft.kind(), draft.title(), draft.description(), draft.format(),
                null, null, null, draft.meetingLink(), false, draft.networkIds(), draft.included(), draft.paidByParticipants(), null,
                LocalDate.now(clock), ActivityStatus.DRAFT, false, draft.programme()), 30);

        ExecutorService twoNodes = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            runs.add(twoNodes.submit(() -> {
                start.await();
                mailings.sendInvitations();
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get(60, TimeUnit.SECONDS);
        }
        twoNodes.shutdown();
        // past the lock too: what has been sent is recorded, so another run sends nothing
        mailings.inviteWhereDue();

        for (String holder : holders) {
            assertThat(subjectsTo(holder)).filteredOn(subject -> subject.equals("Inbjudan: " + meeting.title())).hasSize(1);
            assertThat(latestTextTo(holder)).contains("/aktiviteter/" + meeting.id() + "/anmalan")
                    .doesNotContain(meeting.meetingLink());
        }
    }

    @Test
    void theDayBeforeEveryoneWithAPlaceIsRemindedOnceWithTheLink() {
        Network network = new TestNetworks(networkAdministration, networkCatalogue).open(2, null, "");
        Activity meeting = activities().digitalMeeting(List.of(network.id()), 1);
        Occasion occasion = activities().occasions(meeting).getFirst();
        SignUp placed = signUps.signUp(meeting, TestActivities.person(occasion, true)).signUp();
        SignUp waiting = signUps.signUp(meeting, TestActivities.person(occasion, true)).signUp();

        clock.set(occasion.startsAt().minus(java.time.Duration.ofDays(2)));
        mailings.remindForTomorrow();
        assertThat(subjectsTo(placed.email())).noneMatch(subject -> subject.startsWith("Påminnelse"));

        clock.set(occasion.startsAt().minus(java.time.Duration.ofHours(26)));
        mailings.remindForTomorrow();
        mailings.remindForTomorrow();
        assertThat(subjectsTo(placed.email())).filteredOn(subject -> subject.startsWith("Påminnelse")).hasSize(1);
        assertThat(latestTextTo(placed.email())).contains(meeting.meetingLink());
        assertThat(subjectsTo(waiting.email())).noneMatch(subject -> subject.startsWith("Påminnelse"));
    }

    private record Attachment(String filename, String contentType, byte[] content) {
        String text() {
            return new String(content, StandardCharsets.UTF_8).replace("\r\n ", "");
        }
    }

    private List<Attachment> attachmentsTo(String recipient) {
        return jdbc.sql("""
                SELECT a.filename, a.content_type, a.content FROM outbox_attachment a
                JOIN outbox_message m ON m.id = a.message_id
                WHERE m.recipient = :recipient ORDER BY m.id, a.attachment_number
                """)
                .param("recipient", recipient)
                .query((rs, row) -> new Attachment(rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content")))
                .list();
    }

    private List<String> subjectsTo(String recipient) {
        return jdbc.sql("SELECT subject FROM outbox_message WHERE recipient = :recipient ORDER BY id")
                .param("recipient", recipient).query(String.class).list();
    }

    private String latestTextTo(String recipient) {
        return new Mailbox(jdbc).latestTextTo(recipient).orElseThrow();
    }

    private TestActivities activities() {
        return new TestActivities(administration, catalogue, signUps);
    }
}
