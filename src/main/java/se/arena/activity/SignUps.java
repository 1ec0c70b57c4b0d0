package se.arena.activity;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.arena.ArenaProperties;
import se.arena.TimeConfiguration;
import se.arena.network.Network;
import se.arena.notification.IssuedLink;
import se.arena.notification.MailAttachment;
import se.arena.notification.MailText;
import se.arena.notification.Outbox;
import se.arena.notification.PersonalLink;
import se.arena.notification.PersonalLinks;
import se.arena.organisation.Organisation;
import se.arena.privacy.Actor;
import se.arena.privacy.AuditEvent;
import se.arena.privacy.AuditLog;
import se.arena.registration.SeatHolders;

/**
 * Place decisions. Every decision for an activity (a sign-up, a cancellation, a move, a new
 * capacity) locks the activity's row first, so the count that decides "place or waitlist"
 * cannot change until the decision is committed: capacity holds in the database however many
 * sign up at the same moment.
 */
@Service
public class SignUps {

    static final String OCCASION_ADDED = "ACTIVITY_OCCASION_ADDED";
    static final String CAPACITY_CHANGED = "ACTIVITY_CAPACITY_CHANGED";
    static final String OCCASION_CANCELLED = "ACTIVITY_OCCASION_CANCELLED";
    static final String SIGN_UP_MOVED = "ACTIVITY_SIGN_UP_MOVED";
    static final String SIGN_UP_CANCELLED = "ACTIVITY_SIGN_UP_CANCELLED";
    static final String OCCASION_RESCHEDULED = "ACTIVITY_OCCASION_RESCHEDULED";
    static final String LINK_REVOKED = "ACTIVITY_SIGN_UP_LINK_REVOKED";
    static final String LINK_KIND = "sign-up";
    private static final Duration LINK_VALIDITY_AFTER_OCCASION = Duration.ofDays(30);

    private final SignUpRepository signUps;
    private final ActivityRepository activities;
    private final Outbox outbox;
    private final PersonalLinks links;
    private final AuditLog audit;
    private final ArenaProperties arena;
    private final SeatHolders seatHolders;
    private final Clock clock;
    private final TransactionTemplate transaction;

    SignUps(SignUpRepository signUps, ActivityRepository activities, Outbox outbox, PersonalLinks links, AuditLog audit,
            ArenaProperties arena, SeatHolders seatHolders, Clock clock, PlatformTransactionManager transactions) {
        this.seatHolders = seatHolders;
        this.signUps = signUps;
        this.activities = activities;
        this.outbox = outbox;
        this.links = links;
        this.audit = audit;
        this.arena = arena;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Gives the person a place on the occasion they chose, or a place in its queue when it is full
     * and they said they would wait; otherwise nothing, so they can choose again. A repeated
     * submit of the same form returns what the first one decided.
     *
     * @throws AlreadySignedUpException when the address already holds or waits for a place in the activity
     */
    public SignUpResult signUp(Activity activity, NewSignUp signUp) {
        Optional<SignUp> repeated = signUps.findBySubmissionKey(signUp.submissionKey());
        if (repeated.isPresent()) {
            return SignUpResult.of(repeated.get());
        }
        return transaction.execute(status -> {
            signUps.lock(activity.id());
            return decide(activity, signUp, () -> { });
        });
    }

    /**
     * The same decision without the lock, pausing after counting: only for the test that proves
     * the lock is what prevents an oversell.
     */
    SignUpResult signUpWithoutLock(Activity activity, NewSignUp signUp, Runnable afterCounting) {
        return transaction.execute(status -> decide(activity, signUp, afterCounting));
    }

    public Optional<SignUp> find(long id) {
        return signUps.findById(id);
    }

    /**
     * The sign-up a personal link opens.
     *
     * @throws se.arena.notification.ExpiredLinkException when the link has expired or been revoked
     */
    public Optional<SignUp> findByManageToken(String token) {
        return links.open(LINK_KIND, token).map(Long::valueOf).flatMap(signUps::findById);
    }

    /** A fresh personal link to the sign-up, for the address it belongs to. */
    Optional<IssuedLink> reissueLink(long signUpId) {
        return transaction.execute(status -> signUps.findById(signUpId).map(signUp -> {
            Occasion occasion = activities.findOccasion(signUp.occasionId()).orElseThrow();
            Activity activity = activities.findById(signUp.activityId()).orElseThrow();
            return new IssuedLink(newLink(signUp, occasion), signUp.email(), "din anmälan till " + activity.title(),
                    linkExpiry(occasion));
        }));
    }

    /** Whether the sign-up's personal links still open it: staff see it before they revoke. */
    public boolean hasWorkingLink(SignUp signUp) {
        return links.hasWorkingLink(LINK_KIND, Long.toString(signUp.id()));
    }

    /** Staff stop every personal link to the sign-up, e.g. one forwarded by mistake; audited. The person can ask for a new one. */
    public void revokeLinks(Activity activity, SignUp signUp, Actor staff) {
        transaction.executeWithoutResult(status -> {
            links.revoke(LINK_KIND, Long.toString(signUp.id()));
            audit.record(new AuditEvent(staff, LINK_REVOKED, "activity_sign_up", Long.toString(signUp.id()),
                    "Personlig länk spärrad: " + signUp.name() + " i " + activity.title()));
        });
    }

    /**
     * A link works until a month after the occasion, so the documentation attached after the
     * meeting can still be read with it; then a new one is a click away.
     */
    private Instant linkExpiry(Occasion occasion) {
        Instant from = occasion.endsAt().isAfter(clock.instant()) ? occasion.endsAt() : clock.instant();
        return from.plus(LINK_VALIDITY_AFTER_OCCASION);
    }

    private PersonalLink newLink(SignUp signUp, Occasion occasion) {
        return links.issue(LINK_KIND, Long.toString(signUp.id()), "/aktiviteter/min-anmalan/", linkExpiry(occasion));
    }

    public Optional<SignUp> findBySubmissionKey(String key) {
        return key == null || key.isBlank() ? Optional.empty() : signUps.findBySubmissionKey(key);
    }

    /** The person's sign-up that holds or waits for a place in the activity. */
    public Optional<SignUp> activeOf(Activity activity, String email) {
        return email == null ? Optional.empty() : signUps.findActive(activity.id(), email.strip().toLowerCase(java.util.Locale.ROOT));
    }

    public List<SignUp> allOf(Activity activity) {
        return signUps.allOf(activity.id());
    }

    /**
     * The meeting link, only for a confirmed place in a digital or hybrid activity. Every page and
     * e-mail gets the link through here, so no one without a place ever sees it.
     */
    public Optional<String> linkFor(Activity activity, SignUp signUp) {
        return signUp != null && signUp.activityId() == activity.id() && signUp.isConfirmed() && activity.hasMeetingLink()
                ? Optional.of(activity.meetingLink())
                : Optional.empty();
    }

    /**
     * Cancels; a freed place goes to the first in the occasion's queue, who is told by e-mail.
     *
     * @return false when there was nothing to cancel: the sign-up had ended, or its occasion has begun
     */
    public boolean cancel(Activity activity, SignUp signUp) {
        Boolean cancelled = transaction.execute(status -> {
            signUps.lock(activity.id());
            SignUp current = signUps.findById(signUp.id()).orElseThrow();
            Occasion occasion = activities.findOccasion(current.occasionId()).orElseThrow();
            if (!current.status().isActive() || !clock.instant().isBefore(occasion.startsAt())) {
                return false;
            }
            end(activity, occasion, current, "activity-cancelled", "Din anmälan är avbokad: " + activity.title(), Map.of());
            return true;
        });
        return Boolean.TRUE.equals(cancelled);
    }

    /**
     * The organisation left the network: the places and queue places its people had through their
     * seats there on occasions still to come end, each person is told why, and each freed place
     * goes to the first in the occasion's queue. Someone who still holds a seat in another of the
     * activity's networks keeps their place. Each activity is decided under its lock in a
     * transaction of its own, and what has ended is skipped, so running it again changes nothing.
     *
     * @return how many sign-ups ended
     */
    int endAfterLeaving(Network network, Organisation organisation) {
        Map<Long, List<SignUp>> byActivity = signUps.comingThroughSeat(network.id(), organisation.id(), clock.instant()).stream()
                .collect(Collectors.groupingBy(SignUp::activityId, LinkedHashMap::new, Collectors.toList()));
        int ended = 0;
        for (Map.Entry<Long, List<SignUp>> affected : byActivity.entrySet()) {
            Activity activity = activities.findById(affected.getKey()).orElseThrow();
            ended += transaction.execute(status -> {
                signUps.lock(activity.id());
                int endedHere = 0;
                for (SignUp signUp : affected.getValue()) {
                    SignUp current = signUps.findById(signUp.id()).orElseThrow();
                    Occasion occasion = activities.findOccasion(current.occasionId()).orElseThrow();
                    if (!current.status().isActive() || !clock.instant().isBefore(occasion.startsAt())
                            || !seatHolders.seatsOf(current.email(), activity.networkIds()).isEmpty()) {
                        continue;
                    }
                    end(activity, occasion, current, "activity-seat-ended", "Din plats är avbokad: " + activity.title(),
                            Map.of("organisation", organisation.name(), "network", network.title()));
                    audit.record(new AuditEvent(Actor.system(), SIGN_UP_CANCELLED, "activity_sign_up", Long.toString(current.id()),
                            "Avbokad när " + organisation.name() + " lämnade " + network.title() + ": " + current.name() + " i "
                                    + activity.title()));
                    endedHere++;
                }
                return endedHere;
            });
        }
        return ended;
    }

    /**
     * Only under the activity's lock: ends an active sign-up, tells the person (with what the
     * template needs besides the usual), takes the event out of their calendar, and gives a freed
     * place to the first in the queue.
     */
    private void end(Activity activity, Occasion occasion, SignUp current, String template, String subject,
                     Map<String, Object> because) {
        signUps.end(current.id(), SignUpStatus.CANCELLED, clock.instant());
        Map<String, Object> model = mailModel(activity, occasion, current, null);
        model.putAll(because);
        outbox.enqueue(current.email(), subject, template, model,
                calendarInvitation(activity, occasion, current, CalendarInvitation.Method.CANCEL));
        if (current.isConfirmed()) {
            promoteFromWaitlist(activity, occasion);
        }
    }

    /** Staff cancel on someone's behalf; audited. */
    public boolean cancelByStaff(Activity activity, SignUp signUp, Actor staff) {
        Boolean cancelled = transaction.execute(status -> {
            if (!cancel(activity, signUp)) {
                return false;
            }
            audit.record(new AuditEvent(staff, SIGN_UP_CANCELLED, "activity_sign_up", Long.toString(signUp.id()),
                    "Avbokad av personal: " + signUp.name() + " i " + activity.title()));
            return true;
        });
        return Boolean.TRUE.equals(cancelled);
    }

    /** Another date for many who want to come ("Inkommer många anmälningar kommer vi att erbjuda flera datum"). */
    public long addOccasion(Activity activity, Instant startsAt, Instant endsAt, Integer capacity, Actor staff) {
        return transaction.execute(status -> {
            long occasionId = activities.insertOccasion(activity.id(), startsAt, endsAt, capacity, clock.instant());
            Occasion occasion = activities.findOccasion(occasionId).orElseThrow();
            audit.record(new AuditEvent(staff, OCCASION_ADDED, "activity", Long.toString(activity.id()),
                    "Nytt tillfälle " + occasion.label() + " i " + activity.title()));
            return occasionId;
        });
    }

    /**
     * New capacity for an occasion; raising it gives the places to the queue in order.
     *
     * @param capacity null for no limit
     * @return false when more people already have a place than the new capacity allows
     */
    public boolean changeCapacity(Activity activity, Occasion occasion, Integer capacity, Actor staff) {
        Boolean changed = transaction.execute(status -> {
            signUps.lock(activity.id());
            int confirmed = signUps.confirmedOn(occasion.id());
            if (capacity != null && capacity < confirmed) {
                return false;
            }
            activities.setCapacity(occasion.id(), capacity);
            Occasion changedOccasion = activities.findOccasion(occasion.id()).orElseThrow();
            promoteFromWaitlist(activity, changedOccasion);
            audit.record(new AuditEvent(staff, CAPACITY_CHANGED, "activity", Long.toString(activity.id()),
                    occasion.label() + " i " + activity.title() + ": " + (occasion.capacity() == null ? "ingen gräns" : occasion.capacity())
                            + " → " + (capacity == null ? "ingen gräns" : capacity) + " platser"));
            return true;
        });
        return Boolean.TRUE.equals(changed);
    }

    /** Cancels the occasion; each sign-up on it is kept as cancelled with the occasion, and the person told. */
    public void cancelOccasion(Activity activity, Occasion occasion, Actor staff) {
        transaction.executeWithoutResult(status -> {
            signUps.lock(activity.id());
            if (!activities.cancelOccasion(occasion.id(), clock.instant())) {
                return;
            }
            for (SignUp affected : signUps.activeOn(occasion.id())) {
                signUps.end(affected.id(), SignUpStatus.OCCASION_CANCELLED, clock.instant());
                send(activity, occasion, affected, "activity-occasion-cancelled",
                        "Inställt: " + activity.title() + " " + occasion.shortDate(), null, CalendarInvitation.Method.CANCEL);
            }
            audit.record(new AuditEvent(staff, OCCASION_CANCELLED, "activity", Long.toString(activity.id()),
                    "Tillfället " + occasion.label() + " i " + activity.title() + " är inställt"));
        });
    }

    /**
     * Moves the person to a place on another occasion of the same activity, if it has room; the
     * place they leave goes to the first in that occasion's queue.
     *
     * @return false when the other occasion is full, over or cancelled
     */
    public boolean move(Activity activity, SignUp signUp, Occasion target, Actor staff) {
        Boolean moved = transaction.execute(status -> {
            signUps.lock(activity.id());
            SignUp current = signUps.findById(signUp.id()).orElseThrow();
            Occasion to = activities.findOccasion(target.id()).orElseThrow();
            if (!current.status().isActive() || to.activityId() != activity.id() || to.id() == current.occasionId()
                    || !to.takesSignUps(clock.instant()) || !to.hasRoomFor(signUps.confirmedOn(to.id()))) {
                return false;
            }
            Occasion from = activities.findOccasion(current.occasionId()).orElseThrow();
            signUps.moveTo(current.id(), to.id(), clock.instant());
            SignUp movedSignUp = signUps.findById(current.id()).orElseThrow();
            send(activity, to, movedSignUp, "activity-moved", "Nytt datum: " + activity.title(), null,
                    CalendarInvitation.Method.REQUEST);
            if (current.isConfirmed()) {
                promoteFromWaitlist(activity, from);
            }
            audit.record(new AuditEvent(staff, SIGN_UP_MOVED, "activity_sign_up", Long.toString(current.id()),
                    current.name() + " flyttad från " + from.label() + " till " + to.label() + " i " + activity.title()));
            return true;
        });
        return Boolean.TRUE.equals(moved);
    }

    /**
     * A new time for an occasion. Everyone with a place gets the change and an updated calendar
     * event; everyone waiting for one hears of it too.
     *
     * @return false when the occasion has begun or is cancelled
     */
    public boolean reschedule(Activity activity, Occasion occasion, Instant startsAt, Instant endsAt, Actor staff) {
        Boolean rescheduled = transaction.execute(status -> {
            signUps.lock(activity.id());
            Occasion current = activities.findOccasion(occasion.id()).orElseThrow();
            if (current.activityId() != activity.id() || !current.isScheduled() || !clock.instant().isBefore(current.startsAt())) {
                return false;
            }
            activities.setTimes(current.id(), startsAt, endsAt);
            Occasion changed = activities.findOccasion(current.id()).orElseThrow();
            tellOfChange(activity, changed, "Ny tid: " + changed.label());
            audit.record(new AuditEvent(staff, OCCASION_RESCHEDULED, "activity", Long.toString(activity.id()),
                    current.label() + " → " + changed.label() + " i " + activity.title()));
            return true;
        });
        return Boolean.TRUE.equals(rescheduled);
    }

    /**
     * After staff changed where the activity happens or its meeting link: everyone signed up to an
     * occasion still to come gets the change, with an updated calendar event when they have a place.
     */
    public void announceChange(Activity changed, String what) {
        transaction.executeWithoutResult(status -> {
            signUps.lock(changed.id());
            for (Occasion occasion : activities.occasionsOf(List.of(changed.id())).getOrDefault(changed.id(), List.of())) {
                if (occasion.isScheduled() && clock.instant().isBefore(occasion.startsAt())) {
                    tellOfChange(changed, occasion, what);
                }
            }
        });
    }

    private void tellOfChange(Activity activity, Occasion occasion, String what) {
        for (SignUp affected : signUps.activeOn(occasion.id())) {
            Map<String, Object> model = mailModel(activity, occasion, affected, null);
            model.put("change", what);
            outbox.enqueue(affected.email(), "Ändrat: " + activity.title(), "activity-changed", model,
                    calendarInvitation(activity, occasion, affected, affected.isConfirmed() ? CalendarInvitation.Method.REQUEST : null));
        }
    }

    /** The day before: everyone with a place on the occasion is reminded once, with the link or the venue. */
    public void remindAttendees(Activity activity, Occasion occasion) {
        for (SignUp attendee : signUps.attendees(occasion.id())) {
            transaction.executeWithoutResult(status -> {
                if (signUps.markReminded(attendee.id(), clock.instant())) {
                    send(activity, occasion, attendee, "activity-reminder", "Påminnelse: " + activity.title() + " i morgon", null, null);
                }
            });
        }
    }

    private SignUpResult decide(Activity activity, NewSignUp signUp, Runnable afterCounting) {
        Optional<SignUp> repeated = signUps.findBySubmissionKey(signUp.submissionKey());
        if (repeated.isPresent()) {
            return SignUpResult.of(repeated.get());
        }
        Instant now = clock.instant();
        Optional<Occasion> chosen = activities.findOccasion(signUp.occasionId())
                .filter(occasion -> occasion.activityId() == activity.id() && occasion.takesSignUps(now));
        if (chosen.isEmpty() || !activity.isOpen()) {
            return SignUpResult.closed();
        }
        if (signUps.findActive(activity.id(), signUp.email()).isPresent()) {
            throw new AlreadySignedUpException();
        }
        Occasion occasion = chosen.get();
        boolean place = occasion.hasRoomFor(signUps.confirmedOn(occasion.id()));
        afterCounting.run();
        if (!place && !signUp.waitlistIfFull()) {
            return SignUpResult.full();
        }
        long id = signUps.insert(activity.id(), signUp, place ? SignUpStatus.CONFIRMED : SignUpStatus.WAITLISTED, now);
        SignUp stored = signUps.findById(id).orElseThrow();
        send(activity, occasion, stored, place ? "activity-confirmed" : "activity-waitlisted",
                place ? "Bekräftelse: " + activity.title() : "Du står på väntelistan: " + activity.title(), newLink(stored, occasion),
                place ? CalendarInvitation.Method.REQUEST : null);
        return SignUpResult.of(stored);
    }

    /** Fills the occasion's free places from its queue, first come first served. */
    private void promoteFromWaitlist(Activity activity, Occasion occasion) {
        if (!occasion.isScheduled()) {
            return;
        }
        while (occasion.hasRoomFor(signUps.confirmedOn(occasion.id()))) {
            Optional<SignUp> next = signUps.firstWaitlisted(occasion.id());
            if (next.isEmpty()) {
                return;
            }
            signUps.confirm(next.get().id(), clock.instant());
            SignUp promoted = signUps.findById(next.get().id()).orElseThrow();
            send(activity, occasion, promoted, "activity-promoted", "Du har fått en plats: " + activity.title(), null,
                    CalendarInvitation.Method.REQUEST);
        }
    }

    /**
     * E-mails the person; with a calendar method, their {@code .ics} goes along: the event to add
     * or update (REQUEST), or to remove (CANCEL, only when they were ever sent one).
     */
    private void send(Activity activity, Occasion occasion, SignUp signUp, String template, String subject, PersonalLink manageLink,
                      CalendarInvitation.Method calendar) {
        outbox.enqueue(signUp.email(), subject, template, mailModel(activity, occasion, signUp, manageLink),
                calendarInvitation(activity, occasion, signUp, calendar));
    }

    /** Anyone may sign up with any address, so the name typed goes out only as MailText leaves it. */
    private static String mailName(SignUp signUp) {
        return Objects.requireNonNullElse(MailText.name(signUp.name()), "deltagare");
    }

    private Map<String, Object> mailModel(Activity activity, Occasion occasion, SignUp signUp, PersonalLink manageLink) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", mailName(signUp));
        model.put("activity", activity.title());
        model.put("kind", activity.kind().label());
        model.put("occasion", occasion.label());
        model.put("place", activity.format().hasPlace() ? activity.place() : null);
        model.put("meetingLink", linkFor(activity, signUp).orElse(null));
        model.put("activityLink", arena.baseUrl() + "/aktiviteter/" + activity.id());
        model.put("manageLink", manageLink);
        return model;
    }

    private List<MailAttachment> calendarInvitation(Activity activity, Occasion occasion, SignUp signUp,
                                                    CalendarInvitation.Method method) {
        if (method == null || method == CalendarInvitation.Method.CANCEL && !signUps.hasCalendarInvitation(signUp.id())) {
            return List.of();
        }
        String activityLink = arena.baseUrl() + "/aktiviteter/" + activity.id();
        String description = activity.kind().label() + "\n" + linkFor(activity, signUp).map(link -> "Länk till mötet: " + link + "\n").orElse("")
                + "Mer om aktiviteten: " + activityLink;
        CalendarInvitation invitation = new CalendarInvitation(CalendarInvitation.uidForSignUp(signUp.id(), arena.baseUrl()),
                signUps.nextCalendarSequence(signUp.id()), method, activity.title(), description,
                activity.format().hasPlace() ? activity.place() : "Digitalt möte", URI.create(activityLink),
                occasion.startsAt().atZone(TimeConfiguration.SWEDEN), occasion.endsAt().atZone(TimeConfiguration.SWEDEN),
                arena.mailFrom(), "Arena", signUp.email(), mailName(signUp));
        return List.of(invitation.toAttachment(clock.instant()));
    }
}
