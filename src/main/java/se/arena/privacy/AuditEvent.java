package se.arena.privacy;

import java.util.regex.Pattern;

/**
 * What happened, e.g. action "SIGN_IN", "SIGN_IN_FAILED", "ROLE_CHANGED", "PERSONAL_DATA_CHANGED"
 * (see {@link AuditActions}); subject e.g. type "account" id "42"; details a short human-readable
 * Swedish or English text.
 *
 * <p>Details should name what changed ("e-post och telefon"), not the old and new values: the log
 * is kept for the whole retention period and must not become a second copy of personal data that
 * erasure cannot reach.
 */
public record AuditEvent(Actor actor, String action, String subjectType, String subjectId, String details) {

    static final int MAX_ACTION = 60;
    static final int MAX_SUBJECT_TYPE = 60;
    static final int MAX_SUBJECT_ID = 100;
    static final int MAX_DETAILS = 2000;

    /** Codes, not prose: staff filter by them and {@link AuditActions} gives them Swedish labels. */
    static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]{0," + (MAX_ACTION - 1) + "}");

    public AuditEvent {
        if (actor == null) {
            throw new IllegalArgumentException("An audit event needs an actor; use Actor.system() for jobs");
        }
        if (action == null || !ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("An audit action is an upper-case code such as SIGN_IN, was " + action);
        }
        subjectType = blankToNull(subjectType);
        if (subjectType != null && subjectType.length() > MAX_SUBJECT_TYPE) {
            throw new IllegalArgumentException("A subject type is a short code such as \"account\", was " + subjectType);
        }
        subjectId = fit(blankToNull(subjectId), MAX_SUBJECT_ID);
        details = fit(blankToNull(details), MAX_DETAILS);
    }

    /** Shortens text to fit its column, marking the cut, without splitting a surrogate pair. */
    static String fit(String text, int maxLength) {
        if (text == null || text.length() <= maxLength) {
            return text;
        }
        int end = maxLength - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
