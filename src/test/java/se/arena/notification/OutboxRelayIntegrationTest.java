package se.arena.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import se.arena.ArenaProperties;
import se.arena.TimeConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WithMockUser(roles = "STAFF")
class OutboxRelayIntegrationTest extends SmtpTestServer {

    private static final String LINK = "https://arena.example.org/logga-in?token=abc&steg=2";

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRelay relay;

    @Autowired
    OutboxRepository messages;

    @Autowired
    OutboxProperties settings;

    @Autowired
    ArenaProperties arena;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    MockMvc mvc;

    @Test
    void sendsAWaitingMessageOnceWithBothBodiesSenderAndMessageId() throws Exception {
        String recipient = unique("sent");
        long id = enqueue(recipient);
        OutboxMessage stored = messages.find(id).orElseThrow();

        assertThat(relay.canSend()).isTrue();
        assertThat(relay.relayDue()).isPositive();
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();

        List<MimeMessage> received = receivedBy(recipient);
        assertThat(received).hasSize(1);
        MimeMessage mail = received.getFirst();
        assertThat(mail.getSubject()).isEqualTo("Logga in på Arena");
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo(arena.mailFrom());
        assertThat(mail.getHeader("Message-ID")).containsExactly(stored.messageId());
        assertThat(mail.getHeader("List-Unsubscribe")).as("not a mail one unsubscribes from").isNull();
        assertThat(mail.isMimeType("multipart/*")).isTrue();
        assertThat(part(mail, "text/plain")).contains(LINK, "Länken gäller i 15 minuter.");
        assertThat(part(mail, "text/html")).contains("<html lang=\"sv\">", "token=abc&amp;steg=2");

        OutboxMessage sent = messages.find(id).orElseThrow();
        assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.sentAt()).isNotNull();
        assertThat(sent.attempts()).isZero();
        assertThat(sent.claimedBy()).isNotBlank();

        relay.relayDue();
        relay.relayDue(Clock.offset(Clock.systemUTC(), Duration.ofDays(2)));
        assertThat(receivedBy(recipient)).as("a sent message is never sent again").hasSize(1);
    }

    @Test
    void putsAPersonalLinkInOnlyAsItSendsAndForgetsItOnceSent() throws Exception {
        String recipient = unique("personal");
        String secret = se.arena.SecretTokens.newToken();
        PersonalLink link = new PersonalLink(arena.baseUrl() + "/logga-in/lank/" + secret, "sign-in", "1");
        long id = transaction.execute(status -> outbox.enqueue(recipient, "Logga in på Arena", "sign-in-link",
                Map.of("link", link, "validMinutes", 15)));
        OutboxMessage stored = messages.find(id).orElseThrow();
        assertThat(stored.textBody() + stored.htmlBody()).doesNotContain(secret).contains("[personlig-lank-");

        relay.relayDue();
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();

        MimeMessage mail = receivedBy(recipient).getFirst();
        assertThat(part(mail, "text/plain")).contains(link.url()).doesNotContain("personlig-lank");
        assertThat(part(mail, "text/html")).contains("href=\"" + link.url() + "\"").doesNotContain("personlig-lank");
        assertThat(messages.linksOf(id)).singleElement().satisfies(kept -> assertThat(kept.url()).isNull());
    }

    @Test
    void sendsTheLinkThatEndsAKindOfMailAsTheOneClickListUnsubscribeHeader() throws Exception {
        String recipient = unique("list-unsubscribe");
        PersonalLink unsubscribe = new PersonalLink(arena.baseUrl() + "/rum/avsluta-bevakning/" + se.arena.SecretTokens.newToken(),
                "room-unsubscribe", "1");
        long id = transaction.execute(status -> outbox.enqueue(recipient, "Logga in på Arena", "sign-in-link",
                Map.of("link", LINK, "validMinutes", 15, Outbox.LIST_UNSUBSCRIBE, unsubscribe)));
        assertThat(messages.find(id).orElseThrow().listUnsubscribe()).startsWith("[personlig-lank-").doesNotContain(unsubscribe.url());

        relay.relayDue();
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();

        MimeMessage mail = receivedBy(recipient).getFirst();
        assertThat(mail.getHeader("List-Unsubscribe")).containsExactly("<" + unsubscribe.url() + ">");
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
    }

    @Test
    void sendsAttachmentsWithTheirBytesAndContentTypesNextToBothBodies() throws Exception {
        String recipient = unique("attachments");
        byte[] ics = ("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nSUMMARY:Nätverksträff i Örebro\r\nEND:VCALENDAR\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] binary = new byte[3000];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        transaction.execute(status -> outbox.enqueue(recipient, "Välkommen till nätverksträffen", "sign-in-link",
                Map.of("link", LINK, "validMinutes", 15), List.of(
                        new MailAttachment("inbjudan.ics", "text/calendar; charset=UTF-8; method=REQUEST", ics),
                        new MailAttachment("bilaga.bin", "application/octet-stream", binary))));

        relay.relayDue();
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();

        MimeMessage mail = receivedBy(recipient).getFirst();
        assertThat(part(mail, "text/plain")).contains(LINK);
        assertThat(part(mail, "text/html")).contains("<html lang=\"sv\">");
        List<Part> files = attachments(mail);
        assertThat(files).hasSize(2);

        Part invitation = files.get(0);
        assertThat(invitation.getFileName()).isEqualTo("inbjudan.ics");
        ContentType type = new ContentType(invitation.getContentType());
        assertThat(type.getBaseType()).isEqualTo("text/calendar");
        assertThat(type.getParameter("method")).isEqualTo("REQUEST");
        assertThat(type.getParameter("charset")).isEqualToIgnoringCase("UTF-8");
        assertThat(invitation.getInputStream().readAllBytes()).isEqualTo(ics);

        Part other = files.get(1);
        assertThat(other.getFileName()).isEqualTo("bilaga.bin");
        assertThat(new ContentType(other.getContentType()).getBaseType()).isEqualTo("application/octet-stream");
        assertThat(other.getInputStream().readAllBytes()).isEqualTo(binary);
    }

    @Test
    void retriesWithBackOffWhileSmtpIsDownAndGivesUpAfterMaxAttempts() throws Exception {
        String recipient = unique("down");
        long id = enqueue(recipient);
        OutboxRelay smtpDown = new OutboxRelay(messages, mailServerThatRefuses(), Clock.systemUTC(), settings, arena);
        // Just after the message became due, at millisecond precision so database rounding cannot matter.
        Instant start = Instant.now().plusMillis(1).truncatedTo(ChronoUnit.MILLIS);

        smtpDown.relayDue(at(start));
        OutboxMessage afterFirst = messages.find(id).orElseThrow();
        assertThat(afterFirst.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(afterFirst.attempts()).isEqualTo(1);
        assertThat(afterFirst.nextAttemptAt()).isEqualTo(start.plus(Duration.ofMinutes(1)));
        assertThat(afterFirst.lastError()).isNotBlank();

        smtpDown.relayDue(at(start.plusSeconds(59)));
        assertThat(messages.find(id).orElseThrow().attempts()).as("not tried before its back-off has passed").isEqualTo(1);

        Instant failedAt = start;
        List<Duration> waits = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2));
        for (int attempt = 2; attempt <= 5; attempt++) {
            failedAt = failedAt.plus(waits.get(attempt - 2));
            smtpDown.relayDue(at(failedAt));
            OutboxMessage message = messages.find(id).orElseThrow();
            assertThat(message.attempts()).isEqualTo(attempt);
            if (attempt < 5) {
                assertThat(message.status()).isEqualTo(OutboxStatus.PENDING);
                assertThat(message.nextAttemptAt()).isEqualTo(failedAt.plus(waits.get(attempt - 1)));
            }
        }

        OutboxMessage failed = messages.find(id).orElseThrow();
        assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(settings.maxAttempts());

        // Given up means given up: not even a working mail server picks it up later.
        relay.relayDue(at(failedAt.plus(Duration.ofDays(1))));
        assertThat(messages.find(id).orElseThrow().status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(receivedBy(recipient)).isEmpty();

        mvc.perform(get("/admin/utskick").param("status", "FAILED").param("q", recipient))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(recipient), containsString("Misslyckades efter 5 försök"))));
        mvc.perform(get("/admin/utskick/{id}", id))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Misslyckades efter 5 försök"),
                        containsString("Senaste fel"), containsString("Skicka igen"))));
    }

    @Test
    void aMessageCanBeSentAfterAnEarlierFailure() throws Exception {
        String recipient = unique("recovers");
        long id = enqueue(recipient);
        Instant start = Instant.now().plusMillis(1).truncatedTo(ChronoUnit.MILLIS);
        new OutboxRelay(messages, mailServerThatRefuses(), Clock.systemUTC(), settings, arena).relayDue(at(start));
        assertThat(messages.find(id).orElseThrow().attempts()).isEqualTo(1);

        relay.relayDue(at(start.plus(Duration.ofMinutes(1))));

        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(receivedBy(recipient)).hasSize(1);
        OutboxMessage sent = messages.find(id).orElseThrow();
        assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
    }

    private long enqueue(String recipient) {
        return transaction.execute(status -> outbox.enqueue(recipient, "Logga in på Arena", "sign-in-link",
                Map.of("link", LINK, "validMinutes", 15)));
    }

    private static JavaMailSenderImpl mailServerThatRefuses() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(freePort());
        return sender;
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, TimeConfiguration.SWEDEN);
    }

    private static String unique(String label) {
        return label + "-" + UUID.randomUUID() + "@example.org";
    }
}
