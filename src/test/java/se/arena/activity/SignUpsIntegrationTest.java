package se.arena.activity;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.arena.TestClock;
import se.arena.identity.Mailbox;
import se.arena.privacy.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The place rules of sign-ups against a real database: capacity, waitlists, moves, cancellations. */
@SpringBootTest
class SignUpsIntegrationTest {

    private static final Actor STAFF = new Actor(null, "handlaggare@example.org", "127.0.0.1");

    @Autowired
    ActivityAdministration administration;

    @Autowired
    ActivityCatalogue catalogue;

    @Autowired
    SignUps signUps;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aFullOccasionAsksTheChoiceThenWaitlistsWhoChoseTheQueueAndACancellationPromotesTheFirst() {
        Activity activity = activities().publicHybridSeminar(1, 5);
        Occasion full = activities().occasions(activity).getFirst();
        NewSignUp first = TestActivities.person(full, false);
        assertThat(signUps.signUp(activity, first).signUp().status()).isEqualTo(SignUpStatus.CONFIRMED);

        SignUpResult asked = signUps.signUp(activity, TestActivities.person(full, false));
        assertThat(asked.outcome()).isEqualTo(SignUpResult.Outcome.OCCASION_FULL);
        assertThat(asked.signUp()).isNull();

        NewSignUp waiting = TestActivities.person(full, true);
        NewSignUp later = TestActivities.person(full, true);
        assertThat(signUps.signUp(activity, waiting).signUp().status()).isEqualTo(SignUpStatus.WAITLISTED);
        assertThat(signUps.signUp(activity, later).signUp().status()).isEqualTo(SignUpStatus.WAITLISTED);
        assertThat(mail(waiting.email())).contains("väntelistan").doesNotContain(TestActivities.ZOOM);

        signUps.cancel(activity, signUps.activeOf(activity, first.email()).orElseThrow());

        assertThat(statusOf(activity, first.email())).isEqualTo("CANCELLED");
        assertThat(statusOf(activity, waiting.email())).isEqualTo("CONFIRMED");
        assertThat(statusOf(activity, later.email())).isEqualTo("WAITLISTED");
        assertThat(mail(waiting.email())).contains("fått en plats", activity.meetingLink());
    }

    @Test
    void aRepeatedSubmitReturnsTheFirstDecisionAndAPersonSignsUpOncePerActivity() {
        Activity activity = activities().publicSeminar(10, 10);
        List<Occasion> occasions = activities().occasions(activity);
        NewSignUp person = TestActivities.person(occasions.getFirst(), false);

        SignUp first = signUps.signUp(activity, person).signUp();
        assertThat(signUps.signUp(activity, person).signUp().id()).isEqualTo(first.id());
        assertThat(new Mailbox(jdbc).countTo(person.email())).isEqualTo(1);

        NewSignUp sameAddressOtherDate = new NewSignUp(occasions.get(1).id(), person.email(), person.name(), null, null, "Förening",
                null, null, null, null, "another-key-0123456789", false);
        assertThatThrownBy(() -> signUps.signUp(activity, sameAddressOtherDate)).isInstanceOf(AlreadySignedUpException.class);

        signUps.cancel(activity, first);
        assertThat(signUps.signUp(activity, sameAddressOtherDate).signUp().status()).isEqualTo(SignUpStatus.CONFIRMED);
    }

    @Test
    void anOccasionThatHasBegunOrBelongsToAnotherActivityTakesNoSignUps() {
        Activity activity = activities().publicSeminar(10);
        Activity other = activities().publicSeminar(10);
        Occasion occasion = activities().occasions(activity).getFirst();

        assertThat(signUps.signUp(other, TestActivities.person(occasion, true)).outcome())
                .isEqualTo(SignUpResult.Outcome.OCCASION_CLOSED);
        clock.set(occasion.startsAt().plus(Duration.ofMinutes(1)));
        assertThat(signUps.signUp(activity, TestActivities.person(occasion, true)).outcome())
                .isEqualTo(SignUpResult.Outcome.OCCASION_CLOSED);
    }

    @Test
    void aPlaceCannotBeCancelledOnceTheOccasionHasBegunSoAttendanceStays() {
        Activity activity = activities().publicSeminar(10);
        Occasion occasion = activities().occasions(activity).getFirst();
        SignUp signUp = signUps.signUp(activity, TestActivities.person(occasion, false)).signUp();

        clock.set(occasion.startsAt());
        assertThat(signUps.cancel(activity, signUp)).isFalse();
        assertThat(signUps.cancelByStaff(activity, signUp, STAFF)).isFalse();
        assertThat(statusOf(activity, signUp.email())).isEqualTo("CONFIRMED");
        clock.reset();
        assertThat(signUps.cancel(activity, signUp)).isTrue();
        assertThat(signUps.cancel(activity, signUp)).as("cancelled once").isFalse();
    }

    @Test
    void raisingTheCapacityPromotesFromTheQueueInOrderAndLoweringItBelowThoseWithAPlaceIsRefused() {
        Activity activity = activities().publicSeminar(1);
        Occasion occasion = activities().occasions(activity).getFirst();
        signUps.signUp(activity, TestActivities.person(occasion, false));
        NewSignUp second = TestActivities.person(occasion, true);
        NewSignUp third = TestActivities.person(occasion, true);
        NewSignUp fourth = TestActivities.person(occasion, true);
        List.of(second, third, fourth).forEach(person -> signUps.signUp(activity, person));

        assertThat(signUps.changeCapacity(activity, occasion, 3, STAFF)).isTrue();
        assertThat(statusOf(activity, second.email())).isEqualTo("CONFIRMED");
        assertThat(statusOf(activity, third.email())).isEqualTo("CONFIRMED");
        assertThat(statusOf(activity, fourth.email())).isEqualTo("WAITLISTED");

        assertThat(signUps.changeCapacity(activity, occasion, 2, STAFF)).isFalse();
        assertThat(catalogue.findOccasion(activity, occasion.id()).orElseThrow().capacity()).isEqualTo(3);
        assertThat(audited(activity, SignUps.CAPACITY_CHANGED)).isEqualTo(1);
    }

    @Test
    void staffMoveAPersonOnlyToAnOccasionWithRoomAndTheFreedPlaceGoesToTheQueue() {
        Activity activity = activities().publicHybridSeminar(1, 1, 2);
        List<Occasion> occasions = activities().occasions(activity);
        NewSignUp mover = TestActivities.person(occasions.get(0), false);
        NewSignUp waiting = TestActivities.person(occasions.get(0), true);
        signUps.signUp(activity, mover);
        signUps.signUp(activity, waiting);
        signUps.signUp(activity, TestActivities.person(occasions.get(1), false));
        SignUp moving = signUps.activeOf(activity, mover.email()).orElseThrow();

        assertThat(signUps.move(activity, moving, occasions.get(1), STAFF)).as("the second date is full").isFalse();
        assertThat(signUps.move(activity, moving, occasions.get(2), STAFF)).isTrue();

        assertThat(signUps.activeOf(activity, mover.email()).orElseThrow().occasionId()).isEqualTo(occasions.get(2).id());
        assertThat(statusOf(activity, waiting.email())).isEqualTo("CONFIRMED");
        assertThat(mail(mover.email())).contains("nytt datum", occasions.get(2).label(), activity.meetingLink());
        assertThat(audited(activity, SignUps.SIGN_UP_MOVED)).isEqualTo(1);
    }

    @Test
    void cancellingAnOccasionKeepsEachSignUpAsCancelledWithItAndTellsThePeople() {
        Activity activity = activities().publicSeminar(1, 10);
        Occasion cancelled = activities().occasions(activity).getFirst();
        NewSignUp confirmed = TestActivities.person(cancelled, false);
        NewSignUp waiting = TestActivities.person(cancelled, true);
        signUps.signUp(activity, confirmed);
        signUps.signUp(activity, waiting);

        signUps.cancelOccasion(activity, cancelled, STAFF);

        assertThat(statusOf(activity, confirmed.email())).isEqualTo("OCCASION_CANCELLED");
        assertThat(statusOf(activity, waiting.email())).isEqualTo("OCCASION_CANCELLED");
        assertThat(mail(confirmed.email())).contains("ställt in");
        assertThat(signUps.signUp(activity, TestActivities.person(cancelled, true)).outcome())
                .isEqualTo(SignUpResult.Outcome.OCCASION_CLOSED);
        NewSignUp again = new NewSignUp(activities().occasions(activity).get(1).id(), confirmed.email(), confirmed.name(), null,
                null, "Förening", null, null, null, null, "again-key-0123456789", false);
        assertThat(signUps.signUp(activity, again).signUp().status()).as("a new date can be chosen").isEqualTo(SignUpStatus.CONFIRMED);
        assertThat(audited(activity, SignUps.OCCASION_CANCELLED)).isEqualTo(1);
    }

    @Test
    void cancellingThePublishedActivityCancelsEveryPlannedOccasion() {
        Activity activity = activities().publicSeminar(10, 10);
        NewSignUp person = TestActivities.person(activities().occasions(activity).get(1), false);
        signUps.signUp(activity, person);

        assertThat(administration.moveStatus(activity, ActivityStatus.PUBLISHED, ActivityStatus.CANCELLED, STAFF)).isTrue();

        assertThat(activities().occasions(activity)).allMatch(occasion -> !occasion.isScheduled());
        assertThat(statusOf(activity, person.email())).isEqualTo("OCCASION_CANCELLED");
        assertThat(administration.moveStatus(activity, ActivityStatus.PUBLISHED, ActivityStatus.CANCELLED, STAFF)).isFalse();
    }

    @Test
    void theMeetingLinkIsOnlyForAConfirmedPlaceInADigitalActivity() {
        Activity hybrid = activities().publicHybridSeminar(1);
        Activity physical = activities().publicSeminar(1);
        Occasion occasion = activities().occasions(hybrid).getFirst();
        SignUp confirmed = signUps.signUp(hybrid, TestActivities.person(occasion, false)).signUp();
        SignUp waiting = signUps.signUp(hybrid, TestActivities.person(occasion, true)).signUp();
        SignUp inPerson = signUps.signUp(physical, TestActivities.person(activities().occasions(physical).getFirst(), false)).signUp();

        assertThat(signUps.linkFor(hybrid, confirmed)).contains(hybrid.meetingLink());
        assertThat(signUps.linkFor(hybrid, waiting)).isEmpty();
        assertThat(signUps.linkFor(physical, inPerson)).isEmpty();
        assertThat(signUps.linkFor(physical, confirmed)).as("another activity's sign-up").isEmpty();
    }

    private TestActivities activities() {
        return new TestActivities(administration, catalogue, signUps);
    }

    private String statusOf(Activity activity, String email) {
        return jdbc.sql("SELECT status FROM activity_sign_up WHERE activity_id = :activity AND email = :email ORDER BY id DESC LIMIT 1")
                .param("activity", activity.id()).param("email", email).query(String.class).single();
    }

    private String mail(String recipient) {
        return new Mailbox(jdbc).latestTextTo(recipient).orElseThrow();
    }

    private long audited(Activity activity, String action) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = :action AND details LIKE :title")
                .param("action", action).param("title", "%" + activity.title() + "%").query(Long.class).single();
    }
}
