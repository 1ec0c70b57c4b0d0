package se.arena.registration;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.arena.TestClock;
import se.arena.identity.Mailbox;
import se.arena.network.MembershipForm;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationFilter;
import se.arena.privacy.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.arena.registration.SeatYearStatus.CONFIRMED;
import static se.arena.registration.SeatYearStatus.DECLINED;
import static se.arena.registration.SeatYearStatus.LAPSED;

/**
 * A whole re-confirmation round on a 2027–2030 network, with time moved by the test clock:
 * requests, confirmations, declines, a transfer, silence, reminders and the deadline.
 */
@SpringBootTest
class RenewalRoundIntegrationTest {

    private static final Pattern ANSWER_LINK = Pattern.compile("https?://\\S+?/fornyelse/([A-Za-z0-9_-]+)");

    @Autowired
    Renewals renewals;

    @Autowired
    Registrations registrations;

    @Autowired
    SeatTransfers transfers;

    @Autowired
    ParticipationYears participationYears;

    @Autowired
    SeatHolders seatHolders;

    @Autowired
    NetworkAdministration administration;

    @Autowired
    NetworkCatalogue catalogue;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void confirmationsDeclinesATransferSilenceAndRemindersThroughToTheDeadline() {
        clock.set(Instant.parse("2026-11-24T09:00:00Z"));
        Network network = network("LAPSE");
        String coordinator = new TestCoordinators(jdbc).create(karlskoga());
        Registration stays = seat(network, karlskoga());
        Registration declines = seat(network, karlskoga());
        Registration handsOver = seat(network, karlskoga());
        Registration waiting = registrations.register(network, TestNetworks.person(network, karlskoga())).registration();
        Registration silent = seat(network, withoutCoordinator());
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITLISTED);

        clock.set(Instant.parse("2027-11-01T08:00:00Z"));
        RenewalRound round = renewals.open(network, 2028, LocalDate.parse("2027-11-30"), Actor.system());

        // the coordinator is asked about all three of the municipality's seats; Degerfors has no coordinator
        String coordinatorMail = mailbox().latestTextTo(coordinator).orElseThrow();
        assertThat(coordinatorMail).contains("Fortsätter ni 2028?", stays.name(), declines.name(), handsOver.name())
                .doesNotContain(silent.name());
        assertThat(mailbox().latestTextTo(silent.email()).orElseThrow()).contains("Fortsätter ni 2028?", silent.name());
        RenewalRequest coordinatorsRequest = renewals.findRequest(tokenIn(coordinatorMail)).orElseThrow();
        assertThat(renewals.seats(round, coordinatorsRequest)).extracting(RenewalSeat::registrationId)
                .containsExactly(stays.id(), declines.id(), handsOver.id());

        String colleague = "kollega-" + handsOver.id() + "@example.org";
        renewals.answer(network, round, coordinatorsRequest, Map.of(
                stays.id(), SeatChoice.of(RenewalAnswer.CONFIRMED),
                declines.id(), SeatChoice.of(RenewalAnswer.DECLINED),
                handsOver.id(), new SeatChoice(RenewalAnswer.TRANSFERRED, "Kollega Karlsson", colleague)),
                new Actor(null, coordinator, null));

        // the declined seat stays this year and frees its place from 2028, which the waitlist gets
        assertThat(years(declines)).isEqualTo(Map.of(2027, CONFIRMED, 2028, DECLINED, 2029, DECLINED, 2030, DECLINED));
        assertThat(registrations.find(waiting.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(years(waiting)).isEqualTo(Map.of(2028, CONFIRMED, 2029, CONFIRMED, 2030, CONFIRMED));
        assertThat(mailbox().latestTextTo(waiting.email()).orElseThrow()).contains("från och med 2028");
        assertThat(mailbox().latestTextTo(declines.email()).orElseThrow()).contains("fortsätter inte", "2028");
        assertThat(mailbox().latestTextTo(coordinator).orElseThrow()).contains("Tack för ert svar", declines.name() + ": Avböjd");
        assertThat(seatHolders.holdersOf(network.id())).extracting(SeatHolders.Seat::id).contains(declines.id());

        // the colleague accepts the offer and holds the seat from 2028
        SeatTransfer offer = jdbc.sql("SELECT id, registration_id, colleague_name, colleague_email FROM seat_transfer WHERE registration_id = :id")
                .param("id", handsOver.id()).query(SeatTransfer.class).single();
        Registration newHolder = transfers.accept(network, offer, new NewRegistration(network.id(), karlskoga(), colleague,
                "Kollega Karlsson", null, ParticipantKind.CIVIL_SERVANT, null, null, null, "Box 1, 691 83 Karlskoga", "KS-1", null, null,
                "renewal-transfer-" + handsOver.id())).orElseThrow();
        assertThat(years(newHolder)).isEqualTo(Map.of(2028, CONFIRMED, 2029, CONFIRMED, 2030, CONFIRMED));

        // a confirmation can still be changed; a decline stands
        renewals.answer(network, round, coordinatorsRequest, Map.of(declines.id(), SeatChoice.of(RenewalAnswer.CONFIRMED)),
                new Actor(null, coordinator, null));
        assertThat(years(declines)).containsEntry(2028, DECLINED);

        // reminders: not before the interval, once when it has passed, not twice on the same day
        // (other tests' rounds share the database, so the test counts this network's e-mails, not the job's)
        clock.set(Instant.parse("2027-11-10T08:00:00Z"));
        long mailsBefore = mailbox().countTo(silent.email());
        long coordinatorMailsBefore = mailbox().countTo(coordinator);
        renewals.sendDueReminders();
        assertThat(mailbox().countTo(silent.email())).isEqualTo(mailsBefore);
        clock.set(Instant.parse("2027-11-11T08:30:00Z"));
        renewals.sendDueReminders();
        renewals.sendDueReminders();
        assertThat(mailbox().countTo(silent.email())).isEqualTo(mailsBefore + 1);
        assertThat(mailbox().latestTextTo(silent.email()).orElseThrow()).contains("Påminnelse");
        assertThat(mailbox().countTo(coordinator)).as("the coordinator has answered for every seat and is not reminded")
                .isEqualTo(coordinatorMailsBefore);

        // both links work until the round closes
        assertThat(renewals.findRequest(tokenIn(mailbox().latestTextTo(silent.email()).orElseThrow()))).isPresent();

        // the deadline day still takes answers; the day after, silence lapses under this network's rule, once
        clock.set(Instant.parse("2027-11-30T20:00:00Z"));
        renewals.closeRoundsPastDeadline();
        assertThat(renewals.findRound(network, round.id()).orElseThrow().isClosed()).isFalse();
        clock.set(Instant.parse("2027-12-01T06:00:00Z"));
        renewals.closeRoundsPastDeadline();
        renewals.closeRoundsPastDeadline();
        assertThat(years(silent)).isEqualTo(Map.of(2027, CONFIRMED, 2028, LAPSED, 2029, LAPSED, 2030, LAPSED));
        assertThat(mailbox().latestTextTo(silent.email()).orElseThrow()).contains("förföll");
        assertThat(mailbox().countTo(silent.email())).isEqualTo(mailsBefore + 2);
        RenewalRound closed = renewals.findRound(network, round.id()).orElseThrow();
        assertThat(closed.isClosed()).isTrue();
        assertThat(answers(closed)).isEqualTo(Map.of(stays.id(), RenewalAnswer.CONFIRMED, declines.id(), RenewalAnswer.DECLINED,
                handsOver.id(), RenewalAnswer.TRANSFERRED, silent.id(), RenewalAnswer.LAPSED));
        assertThatThrownBy(() -> renewals.answer(network, closed, null, Map.of(stays.id(), SeatChoice.of(RenewalAnswer.DECLINED)),
                Actor.system())).isInstanceOf(IllegalStateException.class);

        // the years invoiced follow the round: 2027 as it was, 2028 with the answers
        assertThat(invoicedIn(network, 2027)).containsExactlyInAnyOrder(stays.id(), declines.id(), handsOver.id(), silent.id());
        assertThat(invoicedIn(network, 2028)).containsExactlyInAnyOrder(stays.id(), waiting.id(), newHolder.id());

        // in 2028 the declined and lapsed seats are no longer held
        clock.set(Instant.parse("2028-01-02T09:00:00Z"));
        assertThat(seatHolders.holdersOf(network.id())).extracting(SeatHolders.Seat::id)
                .containsExactlyInAnyOrder(stays.id(), waiting.id(), newHolder.id());
    }

    @Test
    void underTheKeepRuleSilenceKeepsTheSeatAndItsYears() {
        clock.set(Instant.parse("2026-11-24T09:00:00Z"));
        Network network = network("KEEP");
        Registration silent = seat(network, withoutCoordinator());

        clock.set(Instant.parse("2028-11-01T08:00:00Z"));
        RenewalRound round = renewals.open(network, 2029, LocalDate.parse("2028-11-15"), Actor.system());
        clock.set(Instant.parse("2028-11-16T08:00:00Z"));
        renewals.closeRoundsPastDeadline();

        assertThat(years(silent)).isEqualTo(Map.of(2027, CONFIRMED, 2028, CONFIRMED, 2029, CONFIRMED, 2030, CONFIRMED));
        assertThat(answers(renewals.findRound(network, round.id()).orElseThrow())).isEqualTo(Map.of(silent.id(), RenewalAnswer.KEPT));
    }

    @Test
    void someoneWhoJoinsTheWaitlistAfterTheRoundGetsTheDeclinedSeatWhenTheNewYearComes() {
        clock.set(Instant.parse("2026-11-24T09:00:00Z"));
        Network network = networks().open(1, null, "");
        Registration declines = seat(network, withoutCoordinator());
        clock.set(Instant.parse("2027-11-01T08:00:00Z"));
        RenewalRound round = renewals.open(network, 2028, LocalDate.parse("2027-11-30"), Actor.system());
        renewals.answer(network, round, null, Map.of(declines.id(), SeatChoice.of(RenewalAnswer.DECLINED)), Actor.system());

        clock.set(Instant.parse("2027-12-10T08:00:00Z"));
        Registration late = registrations.register(network, TestNetworks.person(network, withoutCoordinator())).registration();
        assertThat(late.status()).as("the seat is still held in 2027").isEqualTo(RegistrationStatus.WAITLISTED);
        renewals.fillSeatsFreedThisYear();
        assertThat(registrations.find(late.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.WAITLISTED);

        clock.set(Instant.parse("2028-01-02T06:00:00Z"));
        renewals.fillSeatsFreedThisYear();
        assertThat(registrations.find(late.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(years(late)).isEqualTo(Map.of(2028, CONFIRMED, 2029, CONFIRMED, 2030, CONFIRMED));
    }

    @Test
    void aRoundAsksOnlyAboutTheNextYearOfThePeriodAndOpensOnce() {
        clock.set(Instant.parse("2026-11-24T09:00:00Z"));
        Network network = network("KEEP");
        seat(network, withoutCoordinator());

        assertThat(renewals.yearToAsk(network)).as("2027 is the period's first year: nothing to re-confirm").isEmpty();
        assertThatThrownBy(() -> renewals.open(network, 2027, LocalDate.parse("2026-12-15"), Actor.system()))
                .isInstanceOf(IllegalArgumentException.class);

        clock.set(Instant.parse("2027-11-01T08:00:00Z"));
        assertThatThrownBy(() -> renewals.open(network, 2028, LocalDate.parse("2027-11-01"), Actor.system()))
                .as("the deadline must be ahead").isInstanceOf(IllegalArgumentException.class);
        RenewalRound first = renewals.open(network, 2028, LocalDate.parse("2027-12-01"), Actor.system());
        RenewalRound again = renewals.open(network, 2028, LocalDate.parse("2027-12-10"), Actor.system());
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(renewals.requests(first)).hasSize(1);
    }

    @Test
    void aNetworkWithAnOpeningDayOpensItsRoundByItselfOnThatDay() {
        clock.set(Instant.parse("2026-11-24T09:00:00Z"));
        Network network = networks().open(3, null, "", new MembershipForm("CURRENT_YEAR_INVOICED", "KEEP", "11-01", "20", "7"));
        Registration holder = seat(network, withoutCoordinator());

        clock.set(Instant.parse("2027-10-31T08:00:00Z"));
        renewals.openScheduledRounds();
        assertThat(renewals.roundsOf(network)).isEmpty();

        clock.set(Instant.parse("2027-11-01T08:00:00Z"));
        renewals.openScheduledRounds();
        renewals.openScheduledRounds();
        assertThat(renewals.roundsOf(network)).singleElement().satisfies(round -> {
            assertThat(round.year()).isEqualTo(2028);
            assertThat(round.deadline()).isEqualTo(LocalDate.parse("2027-11-21"));
            assertThat(round.reminderDays()).isEqualTo(7);
        });
        assertThat(mailbox().latestTextTo(holder.email()).orElseThrow()).contains("Fortsätter ni 2028?");
    }

    @Test
    void anOrganisationLeavesAtAnyTimeAndTheCurrentYearFollowsTheNetworksRule() {
        clock.set(Instant.parse("2026-11-24T09:00:00Z"));
        Network invoiced = network("KEEP");
        Network released = networks().open(1, null, "", new MembershipForm("CURRENT_YEAR_RELEASED", "KEEP", "", "30", "10"));
        Registration keptYear = seat(invoiced, karlskoga());
        Registration waitingInInvoiced = registrations.register(invoiced, TestNetworks.person(invoiced, karlskoga())).registration();
        Registration releasedYear = seat(released, karlskoga());
        Registration waitingInReleased = registrations.register(released, TestNetworks.person(released, withoutCoordinator())).registration();

        clock.set(Instant.parse("2028-05-01T09:00:00Z"));
        assertThat(registrations.leave(invoiced, karlskoga(), Actor.system())).extracting(Registration::id)
                .containsExactly(keptYear.id(), waitingInInvoiced.id());
        registrations.leave(released, karlskoga(), Actor.system());

        assertThat(years(keptYear)).isEqualTo(Map.of(2027, CONFIRMED, 2028, CONFIRMED, 2029, DECLINED, 2030, DECLINED));
        assertThat(years(releasedYear)).isEqualTo(Map.of(2027, CONFIRMED, 2028, DECLINED, 2029, DECLINED, 2030, DECLINED));
        assertThat(registrations.find(waitingInInvoiced.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(registrations.find(waitingInReleased.id()).orElseThrow().status())
                .as("another organisation's waiting person gets the freed seat").isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(mailbox().latestTextTo(keptYear.email()).orElseThrow()).contains("avbokad");
    }

    private Network network(String unanswered) {
        return networks().open(3, null, "", new MembershipForm("CURRENT_YEAR_INVOICED", unanswered, "", "30", "10"));
    }

    private Registration seat(Network network, long organisationId) {
        return new TestSeats(registrations).seat(network, organisationId,
                "deltagare-" + java.util.UUID.randomUUID().toString().substring(0, 12) + "@example.org",
                "Deltagare " + java.util.UUID.randomUUID().toString().substring(0, 6));
    }

    private Map<Integer, SeatYearStatus> years(Registration registration) {
        return registrations.seatYears(registration).stream().collect(Collectors.toMap(SeatYear::year, SeatYear::status));
    }

    private Map<Long, RenewalAnswer> answers(RenewalRound round) {
        return renewals.seats(round).stream().collect(Collectors.toMap(RenewalSeat::registrationId, RenewalSeat::answer));
    }

    private List<Long> invoicedIn(Network network, int year) {
        return participationYears.confirmed(network.id(), year).stream().map(ParticipationYears.HeldYear::registrationId).toList();
    }

    private static String tokenIn(String mail) {
        Matcher link = ANSWER_LINK.matcher(mail);
        assertThat(link.find()).as("a link to the answer page in:%n%s", mail).isTrue();
        return link.group(1);
    }

    private Mailbox mailbox() {
        return new Mailbox(jdbc);
    }

    private TestNetworks networks() {
        return new TestNetworks(administration, catalogue);
    }

    private long karlskoga() {
        return organisation("Karlskoga");
    }

    /** No test makes a coordinator for Lekeberg, so its seat holders are asked themselves. */
    private long withoutCoordinator() {
        return organisation("Lekeberg");
    }

    private long organisation(String name) {
        return organisations.search(OrganisationFilter.of(name, null, "MUNICIPALITY"), 1, 1).items().getFirst().id();
    }
}
