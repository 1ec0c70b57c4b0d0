package se.arena.activity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arena.Paged;

/** Reads activities and their occasions: the public calendar, an activity's page, feeds and staff lists. */
@Service
@Transactional(readOnly = true)
public class ActivityCatalogue {

    private final ActivityRepository activities;
    private final SignUpRepository signUps;
    private final Clock clock;

    ActivityCatalogue(ActivityRepository activities, SignUpRepository signUps, Clock clock) {
        this.activities = activities;
        this.signUps = signUps;
        this.clock = clock;
    }

    /** One page of the calendar; each activity with the occasions still to come (or all, for past ones). */
    public Paged<ScheduledActivity> calendar(ActivityFilter filter, int page, int pageSize) {
        Instant now = clock.instant();
        Paged<Activity> found = activities.calendar(filter, now, page, pageSize);
        Map<Long, List<Occasion>> occasions = activities.occasionsOf(found.items().stream().map(Activity::id).toList());
        List<ScheduledActivity> items = found.items().stream().map(activity -> new ScheduledActivity(activity,
                occasions.getOrDefault(activity.id(), List.of()).stream()
                        .filter(occasion -> filter.past() || !occasion.isOver(now)).toList())).toList();
        return new Paged<>(items, found.page(), found.pageSize(), found.total());
    }

    /** An activity whatever its state, for staff and for modules that hold activity ids. */
    public Optional<Activity> find(long id) {
        return activities.findById(id);
    }

    /** An activity the public may see: published or cancelled, never a draft. */
    public Optional<Activity> findPublic(long id) {
        return activities.findById(id).filter(activity -> activity.status().isPublic());
    }

    public Optional<Occasion> findOccasion(Activity activity, long occasionId) {
        return activities.findOccasion(occasionId).filter(occasion -> occasion.activityId() == activity.id());
    }

    /** Every occasion of the activity, cancelled ones too, in time order. */
    public List<Occasion> occasions(Activity activity) {
        return activities.occasionsOf(List.of(activity.id())).getOrDefault(activity.id(), List.of());
    }

    /** How many have a place and how many wait, per occasion. */
    public List<OccasionDemand> demand(Activity activity) {
        Map<Long, Map<SignUpStatus, Integer>> counts = signUps.countsByOccasion(activity.id());
        return occasions(activity).stream().map(occasion -> {
            Map<SignUpStatus, Integer> count = counts.getOrDefault(occasion.id(), Map.of());
            return new OccasionDemand(occasion, count.getOrDefault(SignUpStatus.CONFIRMED, 0),
                    count.getOrDefault(SignUpStatus.WAITLISTED, 0));
        }).toList();
    }

    /** A network's activities (or, for null, those open to all) with all their occasions, for a calendar feed. */
    public List<ScheduledActivity> feed(Long networkId) {
        List<Activity> found = activities.forFeed(networkId);
        Map<Long, List<Occasion>> occasions = activities.occasionsOf(found.stream().map(Activity::id).toList());
        return found.stream().map(activity -> new ScheduledActivity(activity, occasions.getOrDefault(activity.id(), List.of())))
                .toList();
    }

    public List<ScheduledActivity> listForStaff(String text, ActivityStatus status, ActivityKind kind) {
        List<Activity> found = activities.findForStaff(text, status, kind);
        Map<Long, List<Occasion>> occasions = activities.occasionsOf(found.stream().map(Activity::id).toList());
        return found.stream().map(activity -> new ScheduledActivity(activity, occasions.getOrDefault(activity.id(), List.of())))
                .toList();
    }
}
