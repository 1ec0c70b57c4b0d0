package se.arena.notification;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import se.arena.ArenaProperties;

/**
 * Sends due outbox messages over SMTP. Every node runs it; a message is claimed with a
 * conditional update before it is sent, so two nodes (or two runs) never send the same one.
 * A node that dies mid-send leaves a claim that expires, and the message is then sent again
 * with the same Message-ID, which lets the receiving server drop the duplicate.
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    /** Where a personal link the outbox no longer holds sends the recipient: they sign in instead. */
    static final String SIGN_IN_PATH = "/logga-in";

    /** A run stops after this many batches, so a run never goes on for ever under load. */
    private static final int MAX_BATCHES_PER_RUN = 100;

    private final OutboxRepository messages;
    private final JavaMailSender mailSender;
    private final Clock clock;
    private final OutboxProperties settings;
    private final RetryPolicy retryPolicy;
    private final String mailFrom;
    private final String fallbackLink;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();
    private final AtomicLong runs = new AtomicLong();

    @Autowired
    OutboxRelay(OutboxRepository messages, ObjectProvider<JavaMailSender> mailSender, Clock clock,
                OutboxProperties settings, ArenaProperties arena) {
        this(messages, mailSender.getIfAvailable(), clock, settings, arena);
    }

    OutboxRelay(OutboxRepository messages, JavaMailSender mailSender, Clock clock,
                OutboxProperties settings, ArenaProperties arena) {
        this.messages = messages;
        this.mailSender = mailSender;
        this.clock = clock;
        this.settings = settings;
        this.retryPolicy = settings.retryPolicy();
        this.mailFrom = arena.mailFrom();
        this.fallbackLink = arena.baseUrl() + SIGN_IN_PATH;
        if (mailSender == null) {
            log.info("No e-mail server configured (spring.mail.host): e-mail stays in the outbox, "
                    + "shown to staff under /admin/utskick as not sent");
        }
    }

    /** False without an SMTP server: then messages wait in the outbox until one is configured. */
    boolean canSend() {
        return mailSender != null;
    }

    /** @return how many messages this run sent */
    int relayDue() {
        return relayDue(clock);
    }

    /** With a clock of its own, so that tests can let back-off time pass without waiting for it. */
    int relayDue(Clock now) {
        if (mailSender == null) {
            return 0;
        }
        String claimant = node + "#" + runs.incrementAndGet();
        int sent = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            List<Long> due = messages.dueIds(now.instant(), settings.batchSize());
            for (long id : due) {
                if (relayOne(id, claimant, now)) {
                    sent++;
                }
            }
            if (due.size() < settings.batchSize()) {
                break;
            }
        }
        return sent;
    }

    /**
     * Claims and sends one message; false when another relay claimed it first or it failed.
     *
     * @param claimant unique to one relay run, so that a run only ever finishes its own claims
     */
    boolean relayOne(long id, String claimant, Clock now) {
        Instant claimedAt = now.instant();
        if (!messages.claim(id, claimant, claimedAt, claimedAt.plus(settings.claimTimeout()))) {
            return false;
        }
        OutboxMessage message = messages.find(id).orElseThrow();
        try {
            mailSender.send(mime(message, now));
        } catch (MessagingException | RuntimeException e) {
            // Anything that stops this message counts as a failed attempt; otherwise a message that
            // can never be built would be claimed again each time its claim expired, for ever.
            OutboxMessage.Failure failure = message.failed(retryPolicy, now.instant(), describe(e));
            messages.recordFailure(id, claimant, failure);
            log.warn("Could not send outbox message {} (attempt {}, now {}): {}",
                    id, failure.attempts(), failure.status(), failure.error());
            return false;
        }
        if (messages.markSent(id, claimant, now.instant())) {
            messages.forgetLinks(id);
        } else {
            log.warn("Outbox message {} was sent after its claim had expired; another relay may send it again "
                    + "with the same Message-ID. Raise arena.outbox.claim-timeout above the SMTP timeouts.", id);
        }
        return true;
    }

    private MimeMessage mime(OutboxMessage message, Clock now) throws MessagingException {
        MimeMessage mime = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                StandardCharsets.UTF_8.name());
        helper.setFrom(mailFrom);
        helper.setTo(message.recipient());
        helper.setSubject(message.subject());
        List<MaskedLinks.StoredLink> links = messages.linksOf(message.id());
        helper.setText(MaskedLinks.forRecipient(message.textBody(), links, fallbackLink, false),
                MaskedLinks.forRecipient(message.htmlBody(), links, fallbackLink, true));
        // Each file with its own content type, parameters included: a text/calendar part with
        // method=REQUEST or CANCEL is what makes mail clients offer to add or remove the event.
        for (MailAttachment file : messages.attachmentContents(message.id())) {
            helper.addAttachment(file.filename(), new ByteArrayDataSource(file.content(), file.contentType()));
        }
        helper.setSentDate(Date.from(now.instant()));
        // saveChanges() would replace it with a random one; JavaMailSenderImpl puts back a Message-ID set beforehand.
        mime.setHeader("Message-ID", message.messageId());
        // a link lost since enqueueing (see MaskedLinks) leaves the header out rather than point at the fallback
        Optional<String> unsubscribe = links.stream()
                .filter(link -> link.placeholder().equals(message.listUnsubscribe()) && link.url() != null)
                .map(MaskedLinks.StoredLink::url).findFirst();
        if (unsubscribe.isPresent()) {
            mime.setHeader("List-Unsubscribe", "<" + unsubscribe.get() + ">");
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return mime;
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = e; cause != null && text.length() < 1500; cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                text.append(": ").append(cause.getMessage().strip());
            }
        }
        return text.length() > 2000 ? text.substring(0, 2000) : text.toString();
    }
}
