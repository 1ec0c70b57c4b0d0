package se.arena.notification;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import se.arena.SecretTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outbox against the real database, in the default context: no SMTP server configured. */
@SpringBootTest
class OutboxIntegrationTest {

    private static final String LINK = "https://arena.example.org/logga-in?token=abc&steg=2";

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRelay relay;

    @Autowired
    OutboxRepository messages;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void withDemoContentAndNoMailServerACommittedMessageIsPrintedWithItsLinksForTheOperator(CapturedOutput log) {
        String recipient = unique("printed");
        PersonalLink link = new PersonalLink("http://localhost:8080/logga-in/lank/" + SecretTokens.newToken(), "sign-in", "1");
        transaction.execute(status -> outbox.enqueue(recipient, "Logga in på Arena", "sign-in-link",
                Map.of("link", link, "validMinutes", 15)));
        assertThat(log.getOut()).contains("E-mail not sent (no e-mail server), to " + recipient, link.url());

        String rolledBack = unique("rolled-back");
        transaction.executeWithoutResult(status -> {
            outbox.enqueue(rolledBack, "Logga in på Arena", "sign-in-link", Map.of("link", link, "validMinutes", 15));
            status.setRollbackOnly();
        });
        assertThat(log.getOut()).doesNotContain(rolledBack);
    }

    @Test
    void storesTheRenderedTextAndHtmlOfTheTemplate() {
        String recipient = unique("stored");
        long id = transaction.execute(status -> outbox.enqueue(recipient, "Logga in på Arena", "sign-in-link",
                Map.of("link", LINK, "validMinutes", 15)));

        OutboxMessage message = messages.find(id).orElseThrow();
        assertThat(message.recipient()).isEqualTo(recipient);
        assertThat(message.subject()).isEqualTo("Logga in på Arena");
        assertThat(message.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(message.attempts()).isZero();
        assertThat(message.nextAttemptAt()).isEqualTo(message.createdAt());
        assertThat(message.messageId()).matches("<[0-9a-f-]{36}@example\\.org>");
        assertThat(message.textBody())
                .contains("Logga in på Arena", LINK, "Länken gäller i 15 minuter.")
                .doesNotContain("&amp;", "<p", "[(");
        assertThat(message.htmlBody())
                .contains("<html lang=\"sv\">", "<title>Logga in på Arena</title>",
                        "href=\"https://arena.example.org/logga-in?token=abc&amp;steg=2\"",
                        "Länken gäller i 15 minuter.", "skickades automatiskt")
                .doesNotContain("th:text", "th:replace", "xmlns:th", "Inline styles only");
    }

    @Test
    void modelValuesCannotInjectMarkupIntoTheHtml() {
        String recipient = unique("escaped");
        long id = transaction.execute(status -> outbox.enqueue(recipient, "Logga in på Arena", "sign-in-link",
                Map.of("link", "https://x.example/\"><script>alert(1)</script>", "validMinutes", 15)));
        assertThat(messages.find(id).orElseThrow().htmlBody())
                .doesNotContain("<script>")
                .contains("&lt;script&gt;");
    }

    @Test
    void everyMessageGetsItsOwnMessageId() {
        long first = transaction.execute(status -> outbox.enqueue(unique("one"), "Hej", "sign-in-link",
                Map.of("link", LINK, "validMinutes", 15)));
        long second = transaction.execute(status -> outbox.enqueue(unique("two"), "Hej", "sign-in-link",
                Map.of("link", LINK, "validMinutes", 15)));
        assertThat(messages.find(first).orElseThrow().messageId())
                .isNotEqualTo(messages.find(second).orElseThrow().messageId());
    }

    @Test
    void aRolledBackChangeLeavesNoMessage() {
        String recipient = unique("rolledback");
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            outbox.enqueue(recipient, "Logga in på Arena", "sign-in-link", Map.of("link", LINK, "validMinutes", 15));
            throw new IllegalStateException("the registration failed");
        })).hasMessage("the registration failed");
        assertThat(countFor(recipient)).isZero();
    }

    @Test
    void storesAttachmentsWithTheMessageInTheirOrder() {
        String recipient = unique("attached");
        byte[] ics = "BEGIN:VCALENDAR\r\nSUMMARY:Nätverksträff\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] pdf = {'%', 'P', 'D', 'F', 0, (byte) 0xff, 1};
        long id = transaction.execute(status -> outbox.enqueue(recipient, "Välkommen", "sign-in-link",
                Map.of("link", LINK, "validMinutes", 15), List.of(
                        new MailAttachment("inbjudan.ics", "text/calendar; charset=UTF-8; method=REQUEST", ics),
                        new MailAttachment("program.pdf", "application/pdf", pdf))));

        assertThat(messages.attachmentsOf(id)).containsExactly(
                new OutboxAttachment(1, "inbjudan.ics", "text/calendar; charset=UTF-8; method=REQUEST", ics.length),
                new OutboxAttachment(2, "program.pdf", "application/pdf", pdf.length));
        assertThat(messages.attachmentContents(id)).containsExactly(
                new MailAttachment("inbjudan.ics", "text/calendar; charset=UTF-8; method=REQUEST", ics),
                new MailAttachment("program.pdf", "application/pdf", pdf));
        assertThat(messages.attachment(id, 2)).contains(new MailAttachment("program.pdf", "application/pdf", pdf));
        assertThat(messages.attachment(id, 3)).isEmpty();
    }

    @Test
    void aRolledBackChangeLeavesNoAttachment() {
        String recipient = unique("rolledback-attachment");
        String filename = "inbjudan-" + UUID.randomUUID() + ".ics";
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            outbox.enqueue(recipient, "Välkommen", "sign-in-link", Map.of("link", LINK, "validMinutes", 15),
                    List.of(new MailAttachment(filename, "text/calendar", "BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8))));
            throw new IllegalStateException("the sign-up failed");
        })).hasMessage("the sign-up failed");
        assertThat(countFor(recipient)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_attachment WHERE filename = :filename")
                .param("filename", filename).query(Long.class).single()).isZero();
    }

    @Test
    void refusesAttachmentsThatTogetherAreTooLarge() {
        String recipient = unique("too-large");
        MailAttachment half = new MailAttachment("halva.bin", "application/octet-stream", new byte[MailAttachment.MAX_BYTES / 2 + 1]);
        assertThatThrownBy(() -> transaction.execute(status -> outbox.enqueue(recipient, "Hej", "sign-in-link",
                Map.of("link", LINK, "validMinutes", 15), List.of(half, half))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(countFor(recipient)).isZero();
    }

    @Test
    void enqueueOutsideATransactionIsRefused() {
        String recipient = unique("notx");
        assertThatThrownBy(() -> outbox.enqueue(recipient, "Logga in på Arena", "sign-in-link",
                Map.of("link", LINK, "validMinutes", 15)))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(countFor(recipient)).isZero();
    }

    @Test
    void refusesWhatCannotBecomeAProperEmail() {
        Map<String, Object> model = Map.of("link", LINK, "validMinutes", 15);
        assertThatThrownBy(() -> transaction.execute(status ->
                outbox.enqueue("anna@example.org, bo@example.org", "Hej", "sign-in-link", model)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> transaction.execute(status ->
                outbox.enqueue("inte en adress", "Hej", "sign-in-link", model)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> transaction.execute(status ->
                outbox.enqueue(unique("header"), "Hej\r\nBcc: alla@example.org", "sign-in-link", model)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> transaction.execute(status ->
                outbox.enqueue(unique("missing"), "Hej", "no-such-template", model)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("templates/mail/no-such-template.txt");
        assertThatThrownBy(() -> transaction.execute(status ->
                outbox.enqueue(unique("traversal"), "Hej", "../layout/page", model)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutAMailServerTheRelayLeavesMessagesWaiting() {
        String recipient = unique("nosmtp");
        long id = transaction.execute(status -> outbox.enqueue(recipient, "Logga in på Arena", "sign-in-link",
                Map.of("link", LINK, "validMinutes", 15)));

        assertThat(relay.canSend()).isFalse();
        assertThat(relay.relayDue()).isZero();

        OutboxMessage message = messages.find(id).orElseThrow();
        assertThat(message.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(message.attempts()).isZero();
        assertThat(message.claimedBy()).isNull();
        assertThat(message.statusText(relay.canSend())).isEqualTo("Ej skickat (ingen e-postserver konfigurerad)");
    }

    private long countFor(String recipient) {
        return jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient = :recipient")
                .param("recipient", recipient)
                .query(Long.class)
                .single();
    }

    private static String unique(String label) {
        return label + "-" + UUID.randomUUID() + "@example.org";
    }
}
