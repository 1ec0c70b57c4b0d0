package se.arena.activity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arena.SecretTokens;
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

    private final QuestionRepository questions;
    private final AuditLog audit;
    private final Clock clock;

    Questions(QuestionRepository questions, AuditLog audit, Clock clock) {
        this.questions = questions;
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

    /** A new link for the speaker; the previous one stops working. Only its digest is kept, so it is shown once. */
    @Transactional
    public String newSpeakerLink(Activity activity, Actor staff) {
        String token = SecretTokens.newToken();
        questions.setSpeakerToken(activity.id(), SecretTokens.digest(token));
        audit.record(new AuditEvent(staff, SPEAKER_LINK_CREATED, "activity", Long.toString(activity.id()),
                "Ny länk för föredragshållaren: " + activity.title()));
        return token;
    }

    /** The activity whose speaker holds this link. */
    public Optional<Long> activityOfSpeaker(String token) {
        return token == null || token.isBlank() ? Optional.empty()
                : questions.activityOfSpeakerToken(SecretTokens.digest(token));
    }
}
