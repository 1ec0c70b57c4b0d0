package se.arena.activity;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arena.privacy.Actor;
import se.arena.privacy.AuditEvent;
import se.arena.privacy.AuditLog;

/** What staff do with activities: create, edit, publish and cancel them, all audited. */
@Service
public class ActivityAdministration {

    static final String ACTIVITY_CREATED = "ACTIVITY_CREATED";
    static final String ACTIVITY_CHANGED = "ACTIVITY_CHANGED";
    static final String ACTIVITY_STATUS_CHANGED = "ACTIVITY_STATUS_CHANGED";

    private final ActivityRepository activities;
    private final ActivityCatalogue catalogue;
    private final SignUps signUps;
    private final AuditLog audit;
    private final Clock clock;

    ActivityAdministration(ActivityRepository activities, ActivityCatalogue catalogue, SignUps signUps, AuditLog audit, Clock clock) {
        this.activities = activities;
        this.catalogue = catalogue;
        this.signUps = signUps;
        this.audit = audit;
        this.clock = clock;
    }

    /** New activities start as drafts, visible to staff only, with their first occasion. */
    @Transactional
    public long create(Activity activity, Instant startsAt, Instant endsAt, Integer capacity, Actor staff) {
        long id = activities.insert(activity, clock.instant());
        activities.insertOccasion(id, startsAt, endsAt, capacity, clock.instant());
        audit.record(new AuditEvent(staff, ACTIVITY_CREATED, "activity", Long.toString(id), "Utkast skapat: " + activity.title()));
        return id;
    }

    @Transactional
    public void update(long id, Activity activity, Actor staff) {
        Activity before = catalogue.find(id).orElseThrow();
        activities.update(id, activity, clock.instant());
        audit.record(new AuditEvent(staff, ACTIVITY_CHANGED, "activity", Long.toString(id), "Aktiviteten ändrad: " + activity.title()));
        Activity after = catalogue.find(id).orElseThrow();
        if (!after.place().equals(before.place())) {
            signUps.announceChange(after, after.format().hasPlace() ? "ny plats: " + after.place() : "mötet hålls nu digitalt");
        } else if (after.hasMeetingLink() && !after.meetingLink().equals(before.meetingLink())) {
            signUps.announceChange(after, "ny länk till mötet");
        }
    }

    /**
     * Publishes a draft, or cancels a published activity together with every occasion still
     * planned (the people signed up are told by e-mail).
     *
     * @return false when the move is not allowed from the state staff saw, or someone else moved it first
     */
    @Transactional
    public boolean moveStatus(Activity activity, ActivityStatus from, ActivityStatus to, Actor staff) {
        if (!from.canMoveTo(to) || !activities.moveStatus(activity.id(), from, to, clock.instant())) {
            return false;
        }
        if (to == ActivityStatus.CANCELLED) {
            catalogue.occasions(activity).stream().filter(Occasion::isScheduled)
                    .forEach(occasion -> signUps.cancelOccasion(activity, occasion, staff));
        }
        audit.record(new AuditEvent(staff, ACTIVITY_STATUS_CHANGED, "activity", Long.toString(activity.id()),
                from.label() + " → " + to.label()));
        return true;
    }
}
