package se.arena.privacy;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arena.Paged;

/**
 * Records who did what, when and from where, and lets staff admins search the record. The
 * application never updates or deletes an audit event, and the database refuses to as well.
 */
@Service
public class AuditLog {

    private final AuditLogRepository events;
    private final Clock clock;

    AuditLog(AuditLogRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * Joins the caller's transaction when there is one, so the record commits or rolls back with
     * the change; otherwise writes in its own.
     *
     * <p>Joining means a record of something that is rolled back disappears too. That is right for
     * a change (a role change that did not happen must not be logged), but an attempt that fails
     * on purpose, such as a failed sign-in, must be recorded outside any transaction that the
     * failure rolls back.
     */
    @Transactional
    public void record(AuditEvent event) {
        events.insert(event, clock.instant());
    }

    /** One page of the events that match, newest first. */
    @Transactional(readOnly = true)
    Paged<AuditEntry> search(AuditFilter filter, int page, int pageSize) {
        return events.search(filter, page, pageSize);
    }

    /** The newest {@code limit} events that match, newest first, for a download. */
    @Transactional(readOnly = true)
    List<AuditEntry> export(AuditFilter filter, int limit) {
        return events.list(filter, limit);
    }
}
