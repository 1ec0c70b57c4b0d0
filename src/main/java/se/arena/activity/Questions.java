package se.arena.activity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arena.notification.PersonalLink;
import se.arena.notification.PersonalLinks;
import se.arena.privacy.Actor;
import se.arena.privacy.AuditEvent;
import se.arena.privacy.AuditLog;

/**
 * Questions to the speaker. People with a confirmed place ask them before the activity, during
 * it and for a while after ({@link #WINDOW_AFTER}, the seeds' "chatt med föredragshållaren");
 * staff and the speaker mark them answered or hide them.
 */
@Service
public class Questions {

    /** How long after the person's occasion has ended questions are still taken. */
    public static final Duration WINDOW_AFTER = Duration.ofHours(1);

    static final String SPEAKER_LINK_CREATED = "ACTIVITY_SPEAKER_LINK_CREATED";
    static final String SPEAKER_LINK_REVOKED = "ACTIVITY_SPEAKER_LINK_REVOKED";
    private static final String SPEAKER_LINK = "speaker";
    /** Questions are taken until an hour after an occasion; a day leaves the speaker time to mark the last ones. */
    private static final Duration SPEAKER_LINK_VALIDITY_AFTER = Duration.ofDays(1);

    private final QuestionRepository questions;
    private final ActivityRepository activities;
    private final PersonalLinks links;
    private final AuditLog audit;
    private final Clock clock;

    Questions(QuestionRepository questions, ActivityRepository activities, PersonalLinks links, AuditLog audit, Clock clock) {
        this.questions = questions;
        this.activities = activities;
        this.links = links;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the person may ask now: they have a confirmed place, and their occasion has not been over for long. */
    public boolean acceptsFrom(SignUp signUp, Occasion occasion) {
        return signUp.isConfirmed() && occasion.isScheduled()
                && clock.instant().isBefore(occasion.endsAt().plus(WINDOW_AFTER));
    }

    /**
     * Asks once per submitted form, however often it is sent.
     *
     * @return false when questions are no longer taken from this person
     */
    public boolean ask(SignUp signUp, Occasion occasion, String question, String submissionKey) {
        if (!acceptsFrom(signUp, occasion)) {
            return false;
        }
        try {
            questions.insertOnce(signUp.activityId(), signUp.id(), question.strip(), submissionKey, clock.instant());
        } catch (DuplicateKeyException sameFormSentTwiceAtOnce) {
            // the first submit asked it
        }
        return true;
    }

    /** What participants see: every question but the hidden ones. */
    public List<Question> forParticipants(Activity activity) {
        return questions.allOf(activity.id()).stream().filter(Question::isVisibleToParticipants).toList();
    }

    public List<Question> forModeration(Activity activity) {
        return questions.allOf(activity.id());
    }

    /** @return false when the question is not the activity's */
    public boolean mark(Activity activity, long questionId, QuestionStatus status, String handledBy) {
        return questions.mark(activity.id(), questionId, status, handledBy, clock.instant());
    }

    /**
     * A new link for the speaker; earlier ones stop working. It works until a day after the
     * activity's last occasion. Only its digest is kept, so it is shown once.
     *
     * @return the link, to show to staff this once
     */
    @Transactional
    public String newSpeakerLink(Activity activity, Actor staff) {
        links.revoke(SPEAKER_LINK, Long.toString(activity.id()));
        Instant lastEnd = activities.occasionsOf(List.of(activity.id())).getOrDefault(activity.id(), List.of()).stream()
                .map(Occasion::endsAt).max(Comparator.naturalOrder()).orElse(clock.instant());
        Instant expiry = (lastEnd.isAfter(clock.instant()) ? lastEnd : clock.instant()).plus(SPEAKER_LINK_VALIDITY_AFTER);
        PersonalLink link = links.issue(SPEAKER_LINK, Long.toString(activity.id()), "/aktiviteter/talare/", expiry);
        audit.record(new AuditEvent(staff, SPEAKER_LINK_CREATED, "activity", Long.toString(activity.id()),
                "Ny länk för föredragshållaren: " + activity.title()));
        return link.url();
    }

    /** Whether the speaker has a link that works now. */
    public boolean hasSpeakerLink(Activity activity) {
        return links.hasWorkingLink(SPEAKER_LINK, Long.toString(activity.id()));
    }

    /** Staff stop the speaker's link, e.g. one that reached the wrong person; audited. */
    @Transactional
    public void revokeSpeakerLink(Activity activity, Actor staff) {
        links.revoke(SPEAKER_LINK, Long.toString(activity.id()));
        audit.record(new AuditEvent(staff, SPEAKER_LINK_REVOKED, "activity", Long.toString(activity.id()),
                "Föredragshållarens länk spärrad: " + activity.title()));
    }

    /**
     * The activity whose speaker holds this link.
     *
     * @throws se.arena.notification.ExpiredLinkException when the link has expired or been revoked
     */
    public Optional<Long> activityOfSpeaker(String token) {
        return links.open(SPEAKER_LINK, token).map(Long::valueOf);
    }
}
