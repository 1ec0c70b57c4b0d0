package se.arena.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.arena.Money;
import se.arena.activity.ExtraCosts.ExtraCost;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.privacy.Actor;
import se.arena.registration.TestNetworks;

import static org.assertj.core.api.Assertions.assertThat;

/** The extra costs a network's run invoices: confirmed places on dates of the year that still take place, once each. */
@SpringBootTest
class ExtraCostsIntegrationTest {

    @Autowired
    ExtraCosts extraCosts;

    @Autowired
    ActivityAdministration administration;

    @Autowired
    ActivityCatalogue catalogue;

    @Autowired
    SignUps signUps;

    @Autowired
    NetworkAdministration networkAdministration;

    @Autowired
    NetworkCatalogue networkCatalogue;

    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyConfirmedPlacesOfMembersOnDatesOfTheYearThatTakePlaceCountAndASharedTripCountsForOneNetwork() {
        TestNetworks networks = new TestNetworks(networkAdministration, networkCatalogue);
        Network first = networks.open(2, null, "");
        Network second = networks.open(2, null, "");
        long karlskoga = organisation("Karlskoga");
        long degerfors = organisation("Degerfors");
        TestStudyTrips trips = new TestStudyTrips(administration, catalogue, signUps);
        Activity trip = trips.trip(List.of(first.id(), second.id()), true, Money.ofKronor(2500), 3,
                LocalDate.of(2028, 5, 10), LocalDate.of(2028, 9, 1), LocalDate.of(2028, 12, 31), LocalDate.of(2029, 3, 1));
        // in date order
        List<Occasion> dates = trips.occasions(trip);
        Occasion may = dates.get(0);
        Occasion september = dates.get(1);
        Occasion newYearsEve = dates.get(2);
        Occasion nextYear = dates.get(3);

        SignUp anna = trips.signUp(trip, may, email(), "Anna Andersson", karlskoga, first.id());
        SignUp ofTheOtherNetwork = trips.signUp(trip, may, email(), "Bo Berg", karlskoga, second.id());
        trips.signUp(trip, may, email(), "Utan Organisation", null, null);
        SignUp waiting = trips.signUp(trip, may, email(), "Väntar Vän", karlskoga, first.id());
        SignUp cancelled = trips.signUp(trip, newYearsEve, email(), "Avbokad Person", karlskoga, first.id());
        SignUp openToAll = trips.signUp(trip, newYearsEve, email(), "Dora Dal", degerfors, null);
        trips.signUp(trip, september, email(), "Inställd Resa", karlskoga, first.id());
        SignUp inTheNextYear = trips.signUp(trip, nextYear, email(), "Nästa År", karlskoga, first.id());
        signUps.cancel(trip, cancelled);
        signUps.cancelOccasion(trip, september, Actor.system());
        Activity meeting = trips.publish(ActivityKind.MEETING, "Nätverksträff", List.of(first.id()), false, null, 10,
                LocalDate.of(2028, 4, 1));
        trips.signUp(meeting, trips.occasions(meeting).getFirst(), email(), "Utan Kostnad", karlskoga, first.id());

        assertThat(waiting.status()).isEqualTo(SignUpStatus.WAITLISTED);
        assertThat(extraCosts.of(first.id(), 2028)).containsExactlyInAnyOrder(
                new ExtraCost(anna.id(), karlskoga, "Anna Andersson", anna.email(), trip.id(), trip.title(),
                        ActivityKind.STUDY_TRIP, Money.ofKronor(2500)),
                new ExtraCost(openToAll.id(), degerfors, "Dora Dal", openToAll.email(), trip.id(), trip.title(),
                        ActivityKind.STUDY_TRIP, Money.ofKronor(2500)));
        assertThat(extraCosts.of(second.id(), 2028)).extracting(ExtraCost::signUpId).containsExactly(ofTheOtherNetwork.id());
        assertThat(extraCosts.of(first.id(), 2029)).extracting(ExtraCost::signUpId).containsExactly(inTheNextYear.id());
        assertThat(extraCosts.of(first.id(), 2027)).isEmpty();
    }

    private long organisation(String name) {
        return jdbc.sql("SELECT id FROM organisation WHERE name = :name AND type = 'MUNICIPALITY'").param("name", name)
                .query(Long.class).single();
    }

    private static String email() {
        return "resa-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
    }
}
