package se.arena.activity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import se.arena.Money;
import se.arena.RichText;
import se.arena.privacy.Actor;

/** Publishes activities with an extra cost and signs people up for them, for other modules' tests. */
public record TestStudyTrips(ActivityAdministration administration, ActivityCatalogue catalogue, SignUps signUps) {

    /**
     * A published study trip of the networks costing {@code cost} on top of the fee, with a
     * two-day occasion starting on each day, each with room for {@code capacity} people.
     */
    public Activity trip(List<Long> networkIds, boolean openToPublic, Money cost, int capacity, LocalDate... days) {
        return publish(ActivityKind.STUDY_TRIP, "Studieresa", networkIds, openToPublic, cost, capacity, days);
    }

    /** A published activity of another kind with the extra cost, or none. */
    public Activity publish(ActivityKind kind, String title, List<Long> networkIds, boolean openToPublic, Money cost,
                            int capacity, LocalDate... days) {
        Activity draft = new Activity(0, kind, title + " " + UUID.randomUUID().toString().substring(0, 8),
                RichText.sanitise("<p>Resa och program.</p>"), ActivityFormat.PHYSICAL, "Stadshuset", null, "Göteborg",
                null, openToPublic, networkIds, "Program och luncher", "Resa och logi", cost, null, ActivityStatus.DRAFT, false,
                List.of());
        long id = administration.create(draft, start(days[0]), end(days[0]), capacity, Actor.system());
        Activity created = catalogue.find(id).orElseThrow();
        for (int day = 1; day < days.length; day++) {
            signUps.addOccasion(created, start(days[day]), end(days[day]), capacity, Actor.system());
        }
        administration.moveStatus(created, ActivityStatus.DRAFT, ActivityStatus.PUBLISHED, Actor.system());
        return catalogue.find(id).orElseThrow();
    }

    public List<Occasion> occasions(Activity activity) {
        return catalogue.occasions(activity);
    }

    /**
     * Signs the person up on the occasion, waiting in the queue when it is full.
     *
     * @param networkId the network whose seat lets the person in, or null for an activity open to all
     */
    public SignUp signUp(Activity activity, Occasion occasion, String email, String name, Long organisationId, Long networkId) {
        return signUps.signUp(activity, new NewSignUp(occasion.id(), email, name, "Utvecklingsstrateg", organisationId, null,
                networkId, null, null, null, "trip-" + UUID.randomUUID(), true)).signUp();
    }

    private static java.time.Instant start(LocalDate day) {
        return Occasion.instant(day, LocalTime.of(9, 0));
    }

    private static java.time.Instant end(LocalDate day) {
        return Occasion.instant(day.plusDays(1), LocalTime.of(16, 0));
    }
}
