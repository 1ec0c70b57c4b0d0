package se.arena;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.arena.activity.ActivityCatalogue;
import se.arena.activity.ActivityKind;
import se.arena.activity.Attendance;
import se.arena.activity.Participation;
import se.arena.activity.ScheduledActivity;
import se.arena.identity.Mailbox;
import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.network.Network;
import se.arena.network.NetworkCatalogue;
import se.arena.network.NetworkFilter;
import se.arena.network.NetworkStatus;
import se.arena.notification.Outbox;
import se.arena.notification.PersonalLink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.arena.identity.TestSignIn.as;

/**
 * The embedded default shows every flow with data right after start: the demo content the test
 * database was loaded with (as on a fresh embedded database) has registrations, a board decision,
 * an open re-confirmation round, invoices, attendance and questions, and staff see them on their
 * pages. No other test writes into the demo's networks.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class DemoFlowsIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    NetworkCatalogue networks;

    @Autowired
    ActivityCatalogue activities;

    @Autowired
    Attendance attendance;

    @Autowired
    Clock clock;

    @Autowired
    DemoContentLedger ledger;

    @Autowired
    Outbox outbox;

    private final SignedInUser staff = new SignedInUser(990_701, "handlaggare-demo@example.org", "Handläggare", Set.of(Role.STAFF),
            Set.of(), java.time.Instant.now());
    private Network running;
    private Network next;
    private Network renewing;

    @BeforeEach
    void findTheNetworks() {
        running = network("samverkan-civilsamhallet-2023-2026");
        next = network("samverkan-civilsamhallet-2027-2030");
        int year = LocalDate.now(clock).getYear();
        renewing = network("overenskommelser-iop-" + year + "-" + (year + 3));
    }

    @Test
    void aboutFortyRegistrationsAcrossTwentyFiveOrganisationsSomeFullSomeWaiting() throws Exception {
        assertThat(count("SELECT count(*) FROM registration WHERE network_id IN (:a, :b)")).isEqualTo(41);
        assertThat(count("SELECT count(DISTINCT organisation_id) FROM registration WHERE network_id IN (:a, :b)")).isEqualTo(25);
        assertThat(count("SELECT count(*) FROM registration WHERE network_id IN (:a, :b) AND status NOT IN ('CONFIRMED', 'WAITLISTED')"))
                .as("made through the staff's path, so confirmed at once").isZero();
        for (Network network : List.of(running, next)) {
            assertThat(count("SELECT count(*) FROM registration WHERE network_id = :network AND status = 'WAITLISTED'", network))
                    .as("waiting in %s", network.slug()).isPositive();
            assertThat(count("""
                    SELECT count(*) FROM (SELECT organisation_id FROM registration WHERE network_id = :network AND status = 'CONFIRMED'
                                          GROUP BY organisation_id HAVING count(*) = 2) full_organisations
                    """, network)).as("organisations with both their seats taken in %s", network.slug()).isGreaterThanOrEqualTo(2);
        }
        assertThat(count("SELECT count(*) FROM registration WHERE network_id IN (:a, :b) AND email NOT LIKE '%@example.org'"))
                .as("fictional addresses only").isZero();

        mvc.perform(get("/admin/natverk/" + running.id() + "/anmalningar").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Omar Haddad"), containsString("Region Skåne"),
                        containsString("Väntelista"))));
    }

    @Test
    void theRunningNetworkAskedWhereEachOrganisationStandsSoItsSubGroupsCanFollowTheAnswers() throws Exception {
        assertThat(running.asksPhase()).isTrue();
        assertThat(next.asksPhase()).isFalse();
        assertThat(count("SELECT count(*) FROM registration WHERE network_id = :network AND phase IS NULL", running)).isZero();
        assertThat(count("SELECT count(DISTINCT phase) FROM registration WHERE network_id = :network", running)).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM registration WHERE network_id = :network AND phase IS NOT NULL", next)).isZero();
        mvc.perform(get("/admin/natverk/" + running.id() + "/anmalningar").with(as(staff)))
                .andExpect(content().string(containsString("<td data-label=\"Fas\">Har påbörjat arbetet</td>")));
        mvc.perform(get("/admin/natverk/" + running.id() + "/undergrupper").with(as(staff)))
                .andExpect(content().string(allOf(containsString("Fas i arbetet: enligt svaren vid anmälan"),
                        not(containsString("Nätverket frågar inte om fas vid anmälan")))));
    }

    @Test
    void oneBoardDecisionAppointedKarlskogasRepresentatives() {
        assertThat(count("SELECT count(*) FROM appointment WHERE network_id = :network", next)).isEqualTo(1);
        assertThat(count("""
                SELECT count(*) FROM registration r JOIN appointment a ON a.id = r.appointment_id
                WHERE r.network_id = :network AND a.decided_by = 'Kommunstyrelsen' AND r.status = 'CONFIRMED'
                """, next)).isEqualTo(2);
    }

    @Test
    void theComingYearsReConfirmationIsOpenWithSomeAnswers() throws Exception {
        assertThat(renewing.status()).isEqualTo(NetworkStatus.RUNNING);
        int comingYear = LocalDate.now(clock).getYear() + 1;
        // a test that moves the clock past the deadline closes every open round, this one too, so the
        // round is checked as it was opened (its answer time ahead) and by the answers people gave
        long round = jdbc.sql("""
                        SELECT id FROM renewal_round
                        WHERE network_id = :network AND period_year = :year AND deadline > CAST(opened_at AS DATE)
                        """)
                .param("network", renewing.id()).param("year", comingYear).query(Long.class).single();
        assertThat(jdbc.sql("SELECT answer FROM renewal_answer WHERE round_id = :round AND answer IN ('CONFIRMED', 'DECLINED')")
                .param("round", round).query(String.class).list())
                .containsExactlyInAnyOrder("CONFIRMED", "DECLINED");

        mvc.perform(get("/admin/natverk/" + renewing.id() + "/fornyelse/" + round).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Fortsätter"), containsString("Avböjd"), containsString("Karlskoga"))));
    }

    @Test
    void thisYearsInvoicesOneUnpaidOnePaidAndACreditNote() throws Exception {
        int year = LocalDate.now(clock).getYear();
        assertThat(count("SELECT count(*) FROM invoice_document WHERE kind = 'INVOICE' AND network_id = :network AND participation_year = "
                + year, running)).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM invoice_document WHERE kind = 'CREDIT_NOTE' AND network_id = :network", running))
                .isEqualTo(1);
        assertThat(count("""
                SELECT count(*) FROM invoice_payment p JOIN invoice_document d ON d.id = p.document_id
                WHERE d.network_id = :network
                """, running)).isEqualTo(1);

        // other tests issue invoices too, so the list is searched for each payer's reference
        mvc.perform(get("/admin/fakturor").param("q", "KS 4711").with(as(staff)))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Karlskoga"), containsString("Obetald"))));
        mvc.perform(get("/admin/fakturor").param("q", "UK-118").with(as(staff)))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Umeå"), containsString("Betald"))));
        mvc.perform(get("/admin/fakturor").param("q", "BK 5520").with(as(staff)))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Botkyrka"), containsString("Kreditfaktura"))));
        mvc.perform(get("/admin/natverk/" + running.id() + "/fakturering").param("ar", Integer.toString(year)).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fakturauppgifter saknas")));
    }

    @Test
    void pastMeetingsHaveAttendanceSoTheStatisticsShowNumbers() throws Exception {
        List<Participation> byNetwork = attendance.byNetwork(running.id(), null);
        assertThat(byNetwork).singleElement().satisfies(row -> {
            assertThat(row.attended()).isPositive();
            assertThat(row.signedUp()).isGreaterThan(row.attended());
        });
        assertThat(attendance.byOrganisation(running.id(), null)).hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(row -> assertThat(row.signedUp()).isPositive());

        mvc.perform(get("/admin/aktiviteter/statistik").param("natverk", Long.toString(running.id())).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Botkyrka"), containsString(" %"))));
    }

    @Test
    void peopleSignedUpForTheComingMeetingAndAskedTheWebcastsSpeaker() throws Exception {
        List<ScheduledActivity> coming = activities.feed(next.id());
        ScheduledActivity webcast = coming.stream().filter(scheduled -> scheduled.activity().kind() == ActivityKind.WEBCAST)
                .findFirst().orElseThrow();
        ScheduledActivity meeting = coming.stream().filter(scheduled -> scheduled.activity().kind() == ActivityKind.MEETING)
                .findFirst().orElseThrow();
        assertThat(count("SELECT count(*) FROM activity_sign_up WHERE activity_id = " + meeting.activity().id()
                + " AND status = 'CONFIRMED'")).isEqualTo(8);
        assertThat(jdbc.sql("SELECT status FROM activity_question WHERE activity_id = :activity")
                .param("activity", webcast.activity().id()).query(String.class).list())
                .containsExactlyInAnyOrder("ANSWERED", "OPEN", "OPEN");

        mvc.perform(get("/admin/aktiviteter/" + webcast.activity().id() + "/fragor").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Hur kan en mindre kommun komma igång med IOP"),
                        containsString("Omar Haddad"))));
    }

    /** The sign-in links someone trying Arena looks for in the log are not buried under the demo's own e-mails. */
    @Test
    void eachConfirmedSubGroupHasAThreadStartedByOneOfItsMembers() {
        List<Long> groups = jdbc.sql("""
                SELECT g.id FROM room_subgroup g JOIN room_subgroup_division d ON d.id = g.division_id AND d.status = 'CONFIRMED'
                WHERE g.network_id = :network AND g.removed_at IS NULL
                """).param("network", running.id()).query(Long.class).list();
        assertThat(groups).hasSize(2);
        for (long group : groups) {
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM room_thread t JOIN room_post p ON p.thread_id = t.id
                    JOIN registration r ON lower(r.email) = p.author_email
                    JOIN room_subgroup_member m ON m.registration_id = r.id AND m.subgroup_id = t.subgroup_id
                    WHERE t.subgroup_id = :group
                    """).param("group", group).query(Long.class).single()).as("group " + group).isPositive();
        }
    }

    @Test
    void theDemosOwnEmailsGoToTheOutboxWithoutBeingPrinted(CapturedOutput log) {
        String recipient = "demo-tyst-" + UUID.randomUUID() + "@example.org";
        PersonalLink link = new PersonalLink("http://localhost:8080/logga-in/lank/" + SecretTokens.newToken(), "sign-in", "1");
        assertThat(ledger.loadOnce("demo e-mail " + recipient, () -> outbox.enqueue(recipient, "Logga in på Arena", "sign-in-link",
                Map.of("link", link, "validMinutes", 15)))).isTrue();

        assertThat(new Mailbox(jdbc).countTo(recipient)).isEqualTo(1);
        assertThat(log.getOut()).doesNotContain(recipient);
    }

    private Network network(String slug) {
        return networks.publicNetworks(new NetworkFilter(null, null, false)).stream()
                .filter(network -> network.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new AssertionError("No demo network " + slug));
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("a", running.id()).param("b", next.id()).query(Long.class).single();
    }

    private long count(String sql, Network network) {
        return jdbc.sql(sql).param("network", network.id()).query(Long.class).single();
    }
}
