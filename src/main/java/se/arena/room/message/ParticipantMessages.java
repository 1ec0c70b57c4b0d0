package se.arena.room.message;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.arena.ClusterJob;
import se.arena.Paged;
import se.arena.notification.MailText;
import se.arena.notification.Outbox;
import se.arena.notification.OutboxStatus;
import se.arena.privacy.Actor;
import se.arena.privacy.AuditEvent;
import se.arena.privacy.AuditLog;
import se.arena.web.SwedishCount;
import se.arena.web.SwedishTime;

/**
 * Staff's messages to the participants of a network or an activity: written once, sent as one
 * mail per person through the outbox, now or at a set time. The audience is read when the message
 * goes out, so a scheduled message reaches those who hold a seat or a place then.
 */
@Service
class ParticipantMessages {

    static final String TEMPLATE = "participant-message";
    static final String SENT = "PARTICIPANT_MESSAGE_SENT";
    static final String SCHEDULED = "PARTICIPANT_MESSAGE_SCHEDULED";
    static final String CANCELLED = "PARTICIPANT_MESSAGE_CANCELLED";

    private final ParticipantMessageRepository messages;
    private final Audiences audiences;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ParticipantMessages(ParticipantMessageRepository messages, Audiences audiences, Outbox outbox, AuditLog audit, Clock clock,
                        PlatformTransactionManager transactions) {
        this.messages = messages;
        this.audiences = audiences;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The mail as one recipient would read it. */
    Outbox.Preview preview(Audience audience, String subject, String body, String recipientName) {
        return outbox.preview(TEMPLATE, model(audience, subject, body, recipientName));
    }

    /** The mail, marked as a test, to the staff member alone. */
    @Transactional
    void sendTest(Audience audience, MessageForm form, String staffEmail, String staffName) {
        outbox.enqueue(staffEmail, "[Test] " + form.subject().strip(), TEMPLATE,
                model(audience, form.subject().strip(), form.body().strip(), staffName));
    }

    /** Whether this staff member already sent or scheduled the same words to the same audience. */
    @Transactional(readOnly = true)
    boolean sentBefore(Audience audience, MessageForm form, Actor staff) {
        return messages.sentBefore(staff.label(), audience, form.subject().strip(), form.body().strip());
    }

    /**
     * Stores the message and, unless it is scheduled, sends it in the same transaction: all its
     * mails are queued or none is. A second submit of the same form finds the first message.
     *
     * @return the message's id
     */
    long submit(Audience audience, MessageForm form, Actor staff) {
        Optional<ParticipantMessage> earlier = find(form.submissionKey());
        if (earlier.isPresent()) {
            return earlier.get().id();
        }
        Instant now = clock.instant();
        Instant sendAt = form.isScheduled() ? form.scheduledFor() : now;
        try {
            return transaction.execute(status -> {
                long id = messages.insert(new ParticipantMessageRepository.NewMessage(audience, form.subject().strip(),
                        form.body().strip(), staff.accountId(), staff.label(), form.submissionKey(), sendAt, now));
                if (form.isScheduled()) {
                    audit.record(new AuditEvent(staff, SCHEDULED, "participant_message", Long.toString(id),
                            audience.kind().label() + ": " + audience.label() + ", skickas " + SwedishTime.iso(sendAt)));
                } else {
                    send(id, audience, staff);
                }
                return id;
            });
        } catch (DuplicateKeyException sameFormTwiceAtOnce) {
            // the other submit committed first; this transaction rolled back before anything was sent
            return find(form.submissionKey()).orElseThrow().id();
        }
    }

    @Transactional
    boolean cancel(ParticipantMessage message, Actor staff) {
        boolean cancelled = messages.cancel(message.id(), clock.instant());
        if (cancelled) {
            audit.record(new AuditEvent(staff, CANCELLED, "participant_message", Long.toString(message.id()),
                    message.audienceKind().label() + ": " + message.audienceLabel()));
        }
        return cancelled;
    }

    @ClusterJob(name = "participant-messages", cron = "${arena.room.message-cron:0 * * * * *}")
    public void sendScheduled() {
        sendDue();
    }

    /**
     * Sends every scheduled message whose time has come, each in its own transaction; the claim
     * in {@link ParticipantMessageRepository#markSent} makes a second run send nothing again.
     * A message whose network, activity or sub-group no longer exists is sent to nobody.
     */
    void sendDue() {
        for (long id : messages.dueIds(clock.instant())) {
            transaction.executeWithoutResult(status -> {
                ParticipantMessage message = messages.find(id).orElseThrow();
                Optional<Audience> audience = audiences.find(message.audienceKind(), message.audienceId(), message.audienceNetworkId());
                if (messages.markSent(id, clock.instant()) && audience.isPresent()) {
                    deliver(message.id(), audience.get(), message.subject(), message.body());
                    audit.record(new AuditEvent(Actor.system(), SENT, "participant_message", Long.toString(id),
                            details(audience.get(), messages.deliveries(id).size()) + ", schemalagt av " + message.sender()));
                }
            });
        }
    }

    private void send(long id, Audience audience, Actor staff) {
        if (!messages.markSent(id, clock.instant())) {
            throw new IllegalStateException("A message to send now was not due: " + id);
        }
        ParticipantMessage message = messages.find(id).orElseThrow();
        int count = deliver(id, audience, message.subject(), message.body());
        audit.record(new AuditEvent(staff, SENT, "participant_message", Long.toString(id), details(audience, count)));
    }

    /** One mail per person, each with only their own address on it. */
    private int deliver(long id, Audience audience, String subject, String body) {
        List<Audiences.Recipient> recipients = audiences.recipients(audience);
        List<ParticipantMessage.Delivery> deliveries = new ArrayList<>();
        for (Audiences.Recipient recipient : recipients) {
            long outboxId = outbox.enqueue(recipient.email(), subject, TEMPLATE, model(audience, subject, body, recipient.name()));
            deliveries.add(new ParticipantMessage.Delivery(deliveries.size() + 1, recipient.email(), recipient.name(), outboxId));
        }
        deliveries.forEach(delivery -> messages.insertRecipient(id, delivery));
        return deliveries.size();
    }

    private static String details(Audience audience, int recipients) {
        return audience.kind().label() + ": " + audience.label() + ", " + SwedishCount.of(recipients, "mottagare", "mottagare");
    }

    private static Map<String, Object> model(Audience audience, String subject, String body, String name) {
        // a name with nothing mail may show of it leaves the greeting without one
        Map<String, Object> model = new HashMap<>(Map.of("subject", subject, "text", body, "html", MessageText.html(body).html(),
                "audience", audience.inMail()));
        model.put("name", MailText.name(name));
        return model;
    }

    @Transactional(readOnly = true)
    Optional<ParticipantMessage> find(long id) {
        return messages.find(id);
    }

    @Transactional(readOnly = true)
    Optional<ParticipantMessage> find(String submissionKey) {
        return messages.findBySubmissionKey(submissionKey);
    }

    @Transactional(readOnly = true)
    Paged<ParticipantMessage> search(MessageFilter filter, int page, int pageSize) {
        return messages.search(filter, page, pageSize);
    }

    @Transactional(readOnly = true)
    List<ParticipantMessage> all(MessageFilter filter) {
        return messages.all(filter);
    }

    /** Each recipient with where their mail is now. */
    @Transactional(readOnly = true)
    List<Delivered> deliveries(ParticipantMessage message) {
        List<ParticipantMessage.Delivery> deliveries = messages.deliveries(message.id());
        Map<Long, OutboxStatus> statuses = outbox.statusesOf(deliveries.stream().map(ParticipantMessage.Delivery::outboxMessageId).toList());
        return deliveries.stream().map(delivery -> new Delivered(delivery, statuses.get(delivery.outboxMessageId()))).toList();
    }

    /** @param status null when the outbox no longer has the mail */
    record Delivered(ParticipantMessage.Delivery delivery, OutboxStatus status) {
    }
}
