package se.arena.activity;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.arena.identity.Mailbox;
import se.arena.network.Network;
import se.arena.organisation.Organisation;
import se.arena.privacy.Actor;
import se.arena.registration.Registrations;
import se.arena.registration.TestNetworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Leaving a network ends the organisation's people's places on the network's coming activities:
 * the registration module publishes the leaving as an event, and the activity module's listener,
 * after the leaving is committed, ends the places, tells each person and gives the places to the
 * queue. Nothing in registration calls activity.
 */
@SpringBootTest
class LeavingEndsSignUpsIntegrationTest {

    @Autowired
    ActivityScenarios scenarios;

    @Autowired
    SignUps signUps;

    @Autowired
    Registrations registrations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePlacesOfTheLeavingOrganisationsPeopleEndAndTheQueueMovesUpButASeatInAnotherOfTheNetworksKeepsOne() {
        TestNetworks networks = scenarios.networks();
        Network left = networks.open(3, null, "");
        Network other = networks.open(3, null, "");
        Organisation arvika = scenarios.municipality("Arvika");
        Organisation eda = scenarios.municipality("Eda");
        String anna = seat(left, arvika, "Anna Andersson");
        String bo = seat(left, arvika, "Bo Berg");
        scenarios.seats().seat(other, arvika.id(), bo, "Bo Berg");
        String cecilia = seat(left, eda, "Cecilia Ceder");

        Activity meeting = scenarios.activities().digitalMeeting(List.of(left.id(), other.id()), 2);
        Activity webcast = scenarios.activities().digitalMeeting(List.of(left.id()), 50);
        signUp(meeting, anna, "Anna Andersson", arvika, left);
        signUp(meeting, bo, "Bo Berg", arvika, left);
        signUp(meeting, cecilia, "Cecilia Ceder", eda, left);
        signUp(webcast, anna, "Anna Andersson", arvika, left);
        assertThat(statusOf(meeting, cecilia)).isEqualTo("WAITLISTED");

        registrations.leave(left, arvika.id(), new Actor(null, "samordnare@example.org", null));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(statusOf(meeting, anna)).isEqualTo("CANCELLED"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(statusOf(webcast, anna)).isEqualTo("CANCELLED"));
        assertThat(statusOf(meeting, cecilia)).as("Anna's place went to the first in the queue").isEqualTo("CONFIRMED");
        assertThat(statusOf(meeting, bo)).as("Bo still has a seat in the meeting's other network").isEqualTo("CONFIRMED");
        assertThat(new Mailbox(jdbc).latestTextTo(anna)).hasValueSatisfying(text ->
                assertThat(text).contains("Din plats är avbokad", "Arvika har lämnat " + left.title()));
        assertThat(new Mailbox(jdbc).latestTextTo(cecilia)).hasValueSatisfying(text -> assertThat(text).contains("fått en plats"));
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient = :to AND subject LIKE 'Din plats är avbokad%'")
                .param("to", anna).query(Long.class).single()).isEqualTo(2);

        // the event again (a retry after a failure) changes nothing
        long mailsToAnna = new Mailbox(jdbc).countTo(anna);
        assertThat(signUps.endAfterLeaving(left, arvika)).isZero();
        assertThat(new Mailbox(jdbc).countTo(anna)).isEqualTo(mailsToAnna);
    }

    private String seat(Network network, Organisation organisation, String name) {
        String email = "lamnar-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        scenarios.seats().seat(network, organisation.id(), email, name);
        return email;
    }

    private void signUp(Activity activity, String email, String name, Organisation organisation, Network network) {
        Occasion occasion = scenarios.activities().occasions(activity).getFirst();
        signUps.signUp(activity, new NewSignUp(occasion.id(), email, name, "Utvecklingsstrateg", organisation.id(), null, network.id(),
                null, null, null, "leave-" + UUID.randomUUID(), true));
    }

    private String statusOf(Activity activity, String email) {
        return jdbc.sql("SELECT status FROM activity_sign_up WHERE activity_id = :activity AND email = :email")
                .param("activity", activity.id()).param("email", email).query(String.class).single();
    }


}
