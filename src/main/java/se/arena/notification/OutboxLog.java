package se.arena.notification;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arena.Paged;

/** The staff view of the outbox: what was sent to whom, what is stuck, and sending again. */
@Service
class OutboxLog {

    private final OutboxRepository messages;
    private final Outbox outbox;
    private final Clock clock;

    OutboxLog(OutboxRepository messages, Outbox outbox, Clock clock) {
        this.messages = messages;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Paged<OutboxMessage> search(OutboxFilter filter, int page, int pageSize) {
        return messages.search(filter, page, pageSize);
    }

    @Transactional(readOnly = true)
    List<OutboxMessage> all(OutboxFilter filter) {
        return messages.all(filter);
    }

    @Transactional(readOnly = true)
    Optional<OutboxMessage> find(long id) {
        return messages.find(id);
    }

    @Transactional(readOnly = true)
    List<OutboxMessage> resendsOf(long id) {
        return messages.resendsOf(id);
    }

    /**
     * Queues a copy of a message as a new message, keeping the original and its history.
     * One INSERT without a surrounding transaction, so that a duplicate key (the same resend
     * asked for twice) leaves nothing half done to roll back.
     *
     * @param resendNumber which resend of the original this is (1 for the first); staff who send
     *                     the same form twice ask for the same number, and only the first gets it
     * @return the new message, or empty when that resend already exists
     */
    Optional<OutboxMessage> resend(OutboxMessage original, int resendNumber) {
        try {
            long id = messages.copyForResend(original.id(), resendNumber, outbox.newMessageId(), clock.instant());
            return messages.find(id);
        } catch (DuplicateKeyException alreadyResent) {
            return Optional.empty();
        }
    }
}
