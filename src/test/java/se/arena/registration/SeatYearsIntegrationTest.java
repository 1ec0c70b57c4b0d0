package se.arena.registration;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.arena.TestClock;
import se.arena.identity.Mailbox;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationFilter;
import se.arena.privacy.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A seat spans the network's period (2027–2030 here), and each year of it has its own status. */
@SpringBootTest
class SeatYearsIntegrationTest {

    @Autowired
    Registrations registrations;

    @Autowired
    SeatTransfers transfers;

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
    void aSeatTakenBeforeThePeriodHoldsEveryYearOfItAndAWaitlistPlaceHoldsNone() {
        clock.set(Instant.parse("2026-11-24T09:00:00Z"));
        Network network = networks().open(1, null, "");
        Registration holder = registrations.register(network, TestNetworks.person(network, karlskoga())).registration();
        Registration waiting = registrations.register(network, TestNetworks.person(network, karlskoga())).registration();

        assertThat(years(holder)).isEqualTo(Map.of(2027, SeatYearStatus.CONFIRMED, 2028, SeatYearStatus.CONFIRMED,
                2029, SeatYearStatus.CONFIRMED, 2030, SeatYearStatus.CONFIRMED));
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(years(waiting)).isEmpty();
    }

    @Test
    void aTransferInTheMiddleOfThePeriodLeavesThatYearWithTheHolderAndHandsOnTheLaterOnes() {
        clock.set(Instant.parse("2026-11-24T09:00:00Z"));
        Network network = networks().open(2, null, "");
        Registration holder = registrations.register(network, TestNetworks.person(network, karlskoga())).registration();

        clock.set(Instant.parse("2028-06-01T09:00:00Z"));
        transfers.offer(network, holder, "Kollega Karlsson", "kollega-" + holder.id() + "@example.org");
        SeatTransfer offer = openTransferOf(holder);
        NewRegistration colleague = TestNetworks.person(network, karlskoga());
        Registration taken = transfers.accept(network, offer, colleague).orElseThrow();

        assertThat(years(holder)).isEqualTo(Map.of(2027, SeatYearStatus.CONFIRMED, 2028, SeatYearStatus.CONFIRMED));
        assertThat(years(taken)).isEqualTo(Map.of(2029, SeatYearStatus.CONFIRMED, 2030, SeatYearStatus.CONFIRMED));
    }

    @Test
    void aCancellationDeclinesTheLaterYearsAndTheNextInLineHoldsTheRestFromThisYear() {
        clock.set(Instant.parse("2026-11-24T09:00:00Z"));
        Network network = networks().open(1, null, "");
        Registration holder = registrations.register(network, TestNetworks.person(network, karlskoga())).registration();
        Registration waiting = registrations.register(network, TestNetworks.person(network, karlskoga())).registration();

        clock.set(Instant.parse("2028-03-01T09:00:00Z"));
        registrations.cancel(network, holder);

        assertThat(years(holder)).isEqualTo(Map.of(2027, SeatYearStatus.CONFIRMED, 2028, SeatYearStatus.CONFIRMED,
                2029, SeatYearStatus.DECLINED, 2030, SeatYearStatus.DECLINED));
        assertThat(registrations.find(waiting.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(years(waiting)).isEqualTo(Map.of(2028, SeatYearStatus.CONFIRMED, 2029, SeatYearStatus.CONFIRMED,
                2030, SeatYearStatus.CONFIRMED));
    }

    @Test
    void raisingTheLimitGivesTheWaitlistTheNewSeatsInArrivalOrderAndTellsThem() {
        Network network = networks().open(1, null, "");
        registrations.register(network, TestNetworks.person(network, karlskoga()));
        Registration first = registrations.register(network, TestNetworks.person(network, karlskoga())).registration();
        Registration second = registrations.register(network, TestNetworks.person(network, karlskoga())).registration();

        networks().changeLimits(network, 2, null);

        // the waitlist is filled by a listener after the change has been committed
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(registrations.find(first.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED));
        assertThat(registrations.find(second.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(new Mailbox(jdbc).latestTextTo(first.email())).hasValueSatisfying(text ->
                assertThat(text).contains("har fått den"));
        assertThat(years(first)).isNotEmpty();
    }

    @Test
    void staffCorrectEveryDetailButCannotGiveAnAddressThatIsAlreadyRegisteredInTheNetwork() {
        Network network = networks().open(2, null, "");
        Registration one = registrations.register(network, TestNetworks.person(network, karlskoga())).registration();
        Registration other = registrations.register(network, TestNetworks.person(network, karlskoga())).registration();

        RegistrationForm corrected = new RegistrationForm(Long.toString(one.organisationId()), "Rättat Namn", "Strateg",
                ParticipantKind.ELECTED_OFFICIAL.name(), "", "0586-610 00", "", "Rattad-" + one.id() + "@Example.org", "", "",
                "", "", true, "");
        registrations.correctDetailsByStaff(one, corrected, Actor.system());
        Registration changed = registrations.find(one.id()).orElseThrow();
        assertThat(changed.name()).isEqualTo("Rättat Namn");
        assertThat(changed.kind()).isEqualTo(ParticipantKind.ELECTED_OFFICIAL);
        assertThat(changed.email()).isEqualTo("rattad-" + one.id() + "@example.org");

        RegistrationForm clash = new RegistrationForm(Long.toString(one.organisationId()), "Rättat Namn", "", "CIVIL_SERVANT",
                "", "", "", other.email(), "", "", "", "", true, "");
        assertThatThrownBy(() -> registrations.correctDetailsByStaff(changed, clash, Actor.system()))
                .isInstanceOf(AlreadyRegisteredException.class);
        assertThat(registrations.find(one.id()).orElseThrow().email()).isEqualTo(changed.email());
    }

    private SeatTransfer openTransferOf(Registration holder) {
        return jdbc.sql("SELECT id, registration_id, colleague_name, colleague_email FROM seat_transfer WHERE registration_id = :id")
                .param("id", holder.id()).query(SeatTransfer.class).single();
    }

    private Map<Integer, SeatYearStatus> years(Registration registration) {
        List<SeatYear> years = registrations.seatYears(registration);
        return years.stream().collect(Collectors.toMap(SeatYear::year, SeatYear::status));
    }

    private TestNetworks networks() {
        return new TestNetworks(administration, catalogue);
    }

    private long karlskoga() {
        return organisations.search(OrganisationFilter.of("Karlskoga", null, "MUNICIPALITY"), 1, 1).items().getFirst().id();
    }
}
