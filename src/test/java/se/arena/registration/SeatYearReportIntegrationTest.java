package se.arena.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.arena.TestClock;
import se.arena.network.MembershipForm;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationFilter;
import se.arena.privacy.Actor;
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
    Renewals renewals;

    private Network network;
    private long karlskoga;
    private long region;
    private Registration anna;
    private Registration bo;
    private Registration cecilia;

    /**
     * Seats taken before the 2027–2030 period; in the round for 2028 Karlskoga declines Anna's seat
     * and keeps Bo's, and nobody answers for Cecilia's, which lapses under the network's rule.
     */
    @BeforeEach
    void threeSeatsInTwoOrganisationsAndARound() {
        clock.set(Instant.parse("2026-11-24T09:00:00Z"));
        network = new TestNetworks(administration, catalogue).open(2, null, "",
                new MembershipForm("CURRENT_YEAR_INVOICED", "LAPSE", "", "30", "10"));
        karlskoga = organisation("Karlskoga", "MUNICIPALITY");
        region = organisation("Region Örebro", "REGION");
        TestSeats seats = new TestSeats(registrations);
        anna = seats.seat(network, karlskoga, "anna-" + network.id() + "@example.org", "Anna Andersson");
        bo = seats.seat(network, karlskoga, "bo-" + network.id() + "@example.org", "Bo Berg");
        cecilia = seats.seat(network, region, "cecilia-" + network.id() + "@example.org", "Cecilia Ceder");
        new TestRenewals(renewals, clock).round(network, 2028,
                Map.of(anna.id(), RenewalAnswer.DECLINED, bo.id(), RenewalAnswer.CONFIRMED), Actor.system());
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void eachOrganisationsYearsAreCountedByStatus() {
        List<OrganisationYear> expected = new ArrayList<>(List.of(
                new OrganisationYear(network.id(), 2027, karlskoga, 2, 0, 0),
                new OrganisationYear(network.id(), 2027, region, 1, 0, 0)));
        for (int year = 2028; year <= 2030; year++) {
            expected.add(new OrganisationYear(network.id(), year, karlskoga, 1, 1, 0));
            expected.add(new OrganisationYear(network.id(), year, region, 0, 0, 1));
        }
        assertThat(report.byOrganisation(network.id(), null, null)).containsExactlyInAnyOrderElementsOf(expected)
                .extracting(OrganisationYear::year).isSorted();
    }

    @Test
    void theDeclinedAndLapsedYearsNameWhoHeldTheSeat() {
        assertThat(report.ended(network.id(), 2028, 2028)).containsExactlyInAnyOrder(
                new EndedYear(network.id(), 2028, karlskoga, anna.id(), "Anna Andersson", SeatYearStatus.DECLINED),
                new EndedYear(network.id(), 2028, region, cecilia.id(), "Cecilia Ceder", SeatYearStatus.LAPSED));
        assertThat(report.ended(network.id(), null, null)).hasSize(6)
                .extracting(EndedYear::year).isSorted();
    }

    @Test
    void theSelectionNarrowsByNetworkAndByARangeOfYears() {
        assertThat(report.byOrganisation(network.id(), 2029, 2029)).extracting(OrganisationYear::year).containsOnly(2029).hasSize(2);
        assertThat(report.byOrganisation(network.id(), 2030, null)).extracting(OrganisationYear::year).containsOnly(2030).hasSize(2);
        assertThat(report.ended(network.id(), null, 2027)).isEmpty();
        assertThat(report.ended(null, 2028, 2028)).extracting(EndedYear::registrationId).contains(anna.id(), cecilia.id())
                .doesNotContain(bo.id());
        assertThat(report.byOrganisation(null, null, null)).extracting(OrganisationYear::networkId).contains(network.id());
        Network other = new TestNetworks(administration, catalogue).open(2, null, "");
        assertThat(report.byOrganisation(other.id(), null, null)).isEmpty();
    }

    private long organisation(String name, String type) {
        return organisations.search(OrganisationFilter.of(name, null, type), 1, 1).items().getFirst().id();
    }
}
