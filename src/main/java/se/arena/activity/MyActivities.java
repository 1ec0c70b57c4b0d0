package se.arena.activity;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.arena.identity.MyPagesSection;
import se.arena.identity.SignedInUser;

/** "Mina aktiviteter" on Mina sidor: the coming dates the signed-in person has a place on, or waits for. */
@Component
@Order(20)
class MyActivities implements MyPagesSection {

    private final SignUpRepository signUps;
    private final ActivityRepository activities;
    private final Clock clock;

    MyActivities(SignUpRepository signUps, ActivityRepository activities, Clock clock) {
        this.signUps = signUps;
        this.activities = activities;
        this.clock = clock;
    }

    /** One sign-up with its activity and date. */
    record Entry(Activity activity, Occasion occasion, SignUp signUp) {
    }

    @Override
    public String template() {
        return "activity/my-activities";
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<List<Entry>> content(SignedInUser user) {
        Instant now = clock.instant();
        List<Entry> coming = signUps.activeOfEmail(user.email().strip().toLowerCase(Locale.ROOT)).stream()
                .map(signUp -> new Entry(activities.findById(signUp.activityId()).orElseThrow(),
                        activities.findOccasion(signUp.occasionId()).orElseThrow(), signUp))
                .filter(entry -> !entry.occasion().isOver(now))
                .sorted(Comparator.comparing(entry -> entry.occasion().startsAt()))
                .toList();
        return coming.isEmpty() ? Optional.empty() : Optional.of(coming);
    }
}
