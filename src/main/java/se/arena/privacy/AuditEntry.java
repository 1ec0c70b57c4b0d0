package se.arena.privacy;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import se.arena.web.SwedishTime;

/**
 * One stored audit event, as staff read it in the log and its exports. Public only because the
 * page's template reads it; other modules record events and never read them back.
 */
public record AuditEntry(long id, Instant occurredAt, Long actorAccountId, String actorLabel, String ipAddress,
                  String action, String subjectType, String subjectId, String details) {

    /** The offset tells the two 02:30 apart on the night summer time ends. */
    private static final DateTimeFormatter SWEDISH_TIME = SwedishTime.pattern("uuuu-MM-dd HH:mm:ss xxx");

    public String actionLabel() {
        return AuditActions.label(action);
    }

    /** E.g. "2026-03-14 23:30:00 +01:00". */
    public String swedishTime() {
        return SWEDISH_TIME.format(occurredAt);
    }

    /** E.g. "account 42", or null when the event concerns nothing in particular. */
    public String subject() {
        if (subjectType == null && subjectId == null) {
            return null;
        }
        if (subjectType == null || subjectId == null) {
            return subjectType == null ? subjectId : subjectType;
        }
        return subjectType + " " + subjectId;
    }
}
