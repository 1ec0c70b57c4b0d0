package se.arena.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.arena.ArenaProperties;

/**
 * The way into the outbox for every module that sends e-mail. A message is stored in the
 * caller's transaction, so it exists exactly when the change that caused it was committed;
 * the relay sends it afterwards.
 */
@Service
public class Outbox {

    /**
     * The model entry for a {@link PersonalLink} that ends this kind of mail for the recipient with
     * one POST (a room's posts, say). Besides being in the body as any link, it is sent as the
     * List-Unsubscribe header with List-Unsubscribe-Post (RFC 8058), which mail clients show as
     * their own "unsubscribe" button. The link's page must take a POST without a session or a
     * CSRF token: its unguessable token is the proof.
     */
    public static final String LIST_UNSUBSCRIBE = "listUnsubscribe";

    private final OutboxRepository messages;
    private final MailTemplates templates;
    private final Clock clock;
    private final ObjectProvider<UnsentMailLog> unsentMail;
    private final String messageIdDomain;
    private final String baseUrl;

    Outbox(OutboxRepository messages, MailTemplates templates, Clock clock, ObjectProvider<UnsentMailLog> unsentMail, ArenaProperties arena) {
        this.messages = messages;
        this.templates = templates;
        this.clock = clock;
        this.unsentMail = unsentMail;
        this.messageIdDomain = domainOf(arena.mailFrom());
        this.baseUrl = arena.baseUrl();
    }

    /**
     * Renders {@code templates/mail/{template}.txt} and {@code .html} with the model and stores
     * the message for sending. A {@link PersonalLink} in the model is stored masked and apart from
     * the message, and put in only when the message is sent. Must run inside the caller's transaction: outside one there would
     * be no change for the message to commit or roll back with.
     *
     * @return the outbox message's id
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
     * @throws IllegalArgumentException for a recipient that is not one e-mail address, a subject
     *                                  with line breaks, a template that does not exist, or a link
     *                                  to this site with a secret in it that is not a {@link PersonalLink}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(String recipient, String subject, String template, Map<String, Object> model) {
        return enqueue(recipient, subject, template, model, List.of());
    }

    /**
     * As {@link #enqueue(String, String, String, Map)}, with files sent along in the given order.
     * The files are stored with the message in the caller's transaction.
     *
     * @throws IllegalArgumentException also when the files together exceed {@link MailAttachment#MAX_BYTES}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(String recipient, String subject, String template, Map<String, Object> model,
                        List<MailAttachment> attachments) {
        String address = singleAddress(recipient);
        if (subject == null || subject.isBlank() || subject.length() > 998 || subject.matches("(?s).*[\\r\\n].*")) {
            throw new IllegalArgumentException("A subject is one line of at most 998 characters");
        }
        List<MailAttachment> files = attachments == null ? List.of() : List.copyOf(attachments);
        if (files.stream().mapToLong(MailAttachment::size).sum() > MailAttachment.MAX_BYTES) {
            throw new IllegalArgumentException("The attachments of one message have at most " + MailAttachment.MAX_BYTES + " bytes");
        }
        Map<String, Object> masked = new HashMap<>(model == null ? Map.of() : model);
        List<MaskedLinks.StoredLink> links = new ArrayList<>();
        String nonce = MaskedLinks.newNonce();
        masked.replaceAll((name, value) -> {
            if (!(value instanceof PersonalLink link)) {
                return value;
            }
            int number = links.size() + 1;
            String placeholder = MaskedLinks.placeholder(nonce, number);
            links.add(new MaskedLinks.StoredLink(number, placeholder, link.url(), link.kind(), link.reference()));
            return placeholder;
        });
        MailTemplates.Rendered body = templates.render(template, masked);
        if (MaskedLinks.hasUnmaskedSecretLink(body.text(), baseUrl) || MaskedLinks.hasUnmaskedSecretLink(body.html(), baseUrl)) {
            throw new IllegalArgumentException("A link with a secret in it goes in the model as a PersonalLink, "
                    + "so that staff never read it in the message log: " + template);
        }
        String listUnsubscribe = model != null && model.get(LIST_UNSUBSCRIBE) instanceof PersonalLink ? (String) masked.get(LIST_UNSUBSCRIBE) : null;
        long id = messages.insert(new OutboxRepository.NewMessage(newMessageId(), address, subject.strip(),
                body.text(), body.html(), clock.instant(), null, null, listUnsubscribe));
        for (int i = 0; i < files.size(); i++) {
            messages.insertAttachment(id, i + 1, files.get(i));
        }
        links.forEach(link -> messages.insertLink(id, link));
        unsentMail.ifAvailable(log -> log.whenCommitted(address, subject.strip(), body.text(), links));
        return id;
    }

    /**
     * The mail a template makes with this model, as its recipient would read it, without storing
     * anything: for a page that shows staff what they are about to send.
     */
    public Preview preview(String template, Map<String, Object> model) {
        MailTemplates.Rendered body = templates.render(template, model == null ? Map.of() : model);
        return new Preview(body.text(), body.html());
    }

    /** Where each of these messages is on its way out; an id the outbox does not know is left out. */
    @Transactional(readOnly = true)
    public Map<Long, OutboxStatus> statusesOf(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : messages.statuses(ids);
    }

    /** A rendered mail that was not stored. */
    public record Preview(String text, String html) {
    }

    /** A fresh RFC 5322 Message-ID in the sender's domain. */
    String newMessageId() {
        return "<" + UUID.randomUUID() + "@" + messageIdDomain + ">";
    }

    private static String singleAddress(String recipient) {
        if (recipient == null || recipient.length() > 320) {
            throw new IllegalArgumentException("Not an e-mail address: " + recipient);
        }
        try {
            InternetAddress[] parsed = InternetAddress.parse(recipient.strip(), true);
            if (parsed.length != 1 || parsed[0].getPersonal() != null || parsed[0].isGroup()) {
                throw new IllegalArgumentException("Not one plain e-mail address: " + recipient);
            }
            parsed[0].validate();
            return parsed[0].getAddress();
        } catch (AddressException e) {
            throw new IllegalArgumentException("Not an e-mail address: " + recipient, e);
        }
    }

    private static String domainOf(String mailFrom) {
        try {
            String address = new InternetAddress(mailFrom, false).getAddress();
            int at = address.lastIndexOf('@');
            return at < 0 || at == address.length() - 1 ? "arena.invalid" : address.substring(at + 1);
        } catch (AddressException e) {
            return "arena.invalid";
        }
    }
}
