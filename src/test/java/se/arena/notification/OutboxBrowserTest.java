package se.arena.notification;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import se.arena.BrowserTestSupport;
import se.arena.identity.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class OutboxBrowserTest extends BrowserTestSupport {

    /** The e-mail's own HTML, in a frame where no script runs; the mail layout is tested as e-mail. */
    private static final String MAIL_PREVIEW = "iframe.mail-preview";

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transaction;

    private final byte[] invitation = ("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nSUMMARY:Nätverksträff\r\nEND:VCALENDAR\r\n")
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void staffSeeAMessagesAttachmentsAndDownloadOne() throws Exception {
        long id = messageWithAttachments();
        signInAsStaff(Role.STAFF);
        open("/admin/utskick/" + id);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bilagor"))).isVisible();
        assertThat(page.getByText("(" + invitation.length + " byte, text/calendar; charset=UTF-8; method=REQUEST)")).isVisible();
        assertNoAccessibilityViolationsOutside(MAIL_PREVIEW);

        Download download = page.waitForDownload(() ->
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("inbjudan.ics")).click());
        assertThat(download.suggestedFilename()).isEqualTo("inbjudan.ics");
        assertThat(Files.readAllBytes(download.path())).isEqualTo(invitation);
    }

    @Test
    void attachmentsReadWithoutSidewaysScrollingAt320Pixels() {
        long id = messageWithAttachments();
        page.setViewportSize(320, 640);
        signInAsStaff(Role.STAFF);
        open("/admin/utskick/" + id);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Program för nätverksträffen hösten 2027 med alla talare.pdf"))).isVisible();
        assertThat(scrollsSideways()).isFalse();
        assertNoAccessibilityViolationsOutside(MAIL_PREVIEW);
    }

    private long messageWithAttachments() {
        String recipient = "bilagor-" + UUID.randomUUID() + "@example.org";
        return transaction.execute(status -> outbox.enqueue(recipient, "Välkommen till nätverksträffen", "sign-in-link",
                Map.of("link", "https://arena.example.org/logga-in?n=1", "validMinutes", 15), List.of(
                        new MailAttachment("inbjudan.ics", "text/calendar; charset=UTF-8; method=REQUEST", invitation),
                        new MailAttachment("Program för nätverksträffen hösten 2027 med alla talare.pdf", "application/pdf",
                                new byte[] {'%', 'P', 'D', 'F'}))));
    }
}
