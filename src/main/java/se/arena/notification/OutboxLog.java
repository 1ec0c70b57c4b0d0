package se.arena.notification;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.arena.Paged;

/** The staff view of the outbox: what was sent to whom, what is stuck, and sending again. */
@Service
class OutboxLog {

    private final OutboxRepository messages;
    private final Outbox outbox;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final PersonalLinkIssuers issuers;

    OutboxLog(OutboxRepository messages, Outbox outbox, Clock clock, PlatformTransactionManager transactions,
              PersonalLinkIssuers issuers) {
        this.messages = messages;
        this.outbox = outbox;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.issuers = issuers;
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

    @Transactional(readOnly = true)
    List<OutboxAttachment> attachmentsOf(long id) {
        return messages.attachmentsOf(id);
    }

    @Transactional(readOnly = true)
    Optional<MailAttachment> attachment(long id, int number) {
        return messages.attachment(id, number);
    }

    /**
     * Queues a copy of a message, with its attachments, as a new message, keeping the original
     * and its history. Its personal links are fresh ones from their issuers: the original's are
     * gone once it was sent, and a link that cannot be issued again (what it opened has ended, or
     * belongs to someone else now) becomes the sign-in page. The copy commits whole or not at all; a duplicate key (the same resend
     * asked for twice) is caught only after its transaction has rolled back, because PostgreSQL
     * would refuse to commit a transaction in which a statement failed.
     *
     * @param resendNumber which resend of the original this is (1 for the first); staff who send
     *                     the same form twice ask for the same number, and only the first gets it
     * @return the new message, or empty when that resend already exists
     */
    Optional<OutboxMessage> resend(OutboxMessage original, int resendNumber) {
        try {
            long id = transaction.execute(status -> {
                long copy = messages.copyForResend(original.id(), resendNumber, outbox.newMessageId(), clock.instant());
                for (MaskedLinks.StoredLink link : messages.linksOf(original.id())) {
                    String url = issuers.issuer(link.kind())
                            .flatMap(issuer -> issuer.reissue(link.reference()))
                            .filter(fresh -> fresh.recipient().equalsIgnoreCase(original.recipient()))
                            .map(fresh -> fresh.link().url())
                            .orElse(null);
                    messages.insertLink(copy, new MaskedLinks.StoredLink(link.number(), link.placeholder(), url,
                            link.kind(), link.reference()));
                }
                return copy;
            });
            return messages.find(id);
        } catch (DuplicateKeyException alreadyResent) {
            return Optional.empty();
        }
    }
}
