package se.arena.registration;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.arena.TestClock;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationFilter;
import se.arena.registration.SeatYearReport.EndedYear;
import se.arena.registration.SeatYearReport.OrganisationYear;

import static org.assertj.core.api.Assertions.assertThat;

/** Seat years counted per network, year and organisation for the staff reports, with who gave theirs up. */
@SpringBootTest
class SeatYearReportIntegrationTest {

    @Autowired
    SeatYearReport report;

    @Autowired
    Registrations registrations;

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

    private Network network;
    private long karlskoga;
    private long region;
    private Registration anna;
    private Registration bo;
    private Registration cecilia;

    /** Seats taken before the 2027–2030 period hold all four years until a year is declined or lapses. */
    @BeforeEach
    void threeSeatsInTwoOrganisations() {
        clock.set(Instant.parse("2026-11-24T09:00:00Z"));
        network = new TestNetworks(administration, catalogue).open(2, null, "");
        karlskoga = organisation("Karlskoga", "MUNICIPALITY");
        region = organisation("Region Örebro", "REGION");
        TestSeats seats = new TestSeats(registrations);
        anna = seats.seat(network, karlskoga, "anna-" + network.id() + "@example.org", "Anna Andersson");
        bo = seats.seat(network, karlskoga, "bo-" + network.id() + "@example.org", "Bo Berg");
        cecilia = seats.seat(network, region, "cecilia-" + network.id() + "@example.org", "Cecilia Ceder");
        setYear(anna, 2028, SeatYearStatus.DECLINED);
        setYear(bo, 2029, SeatYearStatus.LAPSED);
        setYear(cecilia, 2030, SeatYearStatus.DECLINED);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void eachOrganisationsYearsAreCountedByStatus() {
        assertThat(report.byOrganisation(network.id(), null, null)).containsExactlyInAnyOrder(
                new OrganisationYear(network.id(), 2027, karlskoga, 2, 0, 0),
                new OrganisationYear(network.id(), 2027, region, 1, 0, 0),
                new OrganisationYear(network.id(), 2028, karlskoga, 1, 1, 0),
                new OrganisationYear(network.id(), 2028, region, 1, 0, 0),
                new OrganisationYear(network.id(), 2029, karlskoga, 1, 0, 1),
                new OrganisationYear(network.id(), 2029, region, 1, 0, 0),
                new OrganisationYear(network.id(), 2030, karlskoga, 2, 0, 0),
                new OrganisationYear(network.id(), 2030, region, 0, 1, 0));
    }

    @Test
    void theDeclinedAndLapsedYearsNameWhoHeldTheSeat() {
        assertThat(report.ended(network.id(), null, null)).containsExactly(
                new EndedYear(network.id(), 2028, karlskoga, anna.id(), "Anna Andersson", SeatYearStatus.DECLINED),
                new EndedYear(network.id(), 2029, karlskoga, bo.id(), "Bo Berg", SeatYearStatus.LAPSED),
                new EndedYear(network.id(), 2030, region, cecilia.id(), "Cecilia Ceder", SeatYearStatus.DECLINED));
    }

    @Test
    void theSelectionNarrowsByNetworkAndByARangeOfYears() {
        assertThat(report.byOrganisation(network.id(), 2029, 2029)).extracting(OrganisationYear::year).containsOnly(2029).hasSize(2);
        assertThat(report.byOrganisation(network.id(), 2030, null)).extracting(OrganisationYear::year).containsOnly(2030).hasSize(2);
        assertThat(report.ended(network.id(), null, 2028)).extracting(EndedYear::registrationId).containsExactly(anna.id());
        assertThat(report.ended(null, 2028, 2028)).extracting(EndedYear::registrationId).contains(anna.id())
                .doesNotContain(bo.id(), cecilia.id());
        assertThat(report.byOrganisation(null, null, null)).extracting(OrganisationYear::networkId).contains(network.id());
        Network other = new TestNetworks(administration, catalogue).open(2, null, "");
        assertThat(report.byOrganisation(other.id(), null, null)).isEmpty();
    }

    private void setYear(Registration registration, int year, SeatYearStatus status) {
        // the yearly re-confirmation that declines and lapses years is not built yet; its outcome is set directly
        int changed = jdbc.sql("UPDATE seat_year SET status = :status WHERE registration_id = :registration AND period_year = :year")
                .param("status", status.name()).param("registration", registration.id()).param("year", year).update();
        assertThat(changed).isEqualTo(1);
    }

    private long organisation(String name, String type) {
        return organisations.search(OrganisationFilter.of(name, null, type), 1, 1).items().getFirst().id();
    }
}
