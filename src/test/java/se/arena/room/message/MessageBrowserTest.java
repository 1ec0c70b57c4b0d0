package se.arena.room.message;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.arena.BrowserTestSupport;
import se.arena.identity.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class MessageBrowserTest extends BrowserTestSupport {

    /** axe waits for ever on a frame sandboxed against scripts, so the mail itself is left out. */
    private static final String MAIL_PREVIEW = "iframe.mail-preview";

    @Autowired
    JdbcClient jdbc;

    @Test
    void staffWriteToANetworkFromItsPageOnA320PixelScreenWithPreviewTestAndSend() {
        long network = jdbc.sql("SELECT id FROM network WHERE slug = :slug").param("slug", MessageDemoContent.RUNNING_NETWORK)
                .query(Long.class).single();
        String subject = "Välkomna till våren " + UUID.randomUUID().toString().substring(0, 8);
        signInAsStaff(Role.STAFF);
        page.setViewportSize(320, 800);

        open("/admin/natverk/" + network);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skriv till deltagarna")).click();
        assertThat(page.locator("h1")).hasText("Meddelande till deltagarna");
        assertNoAccessibilityViolations();
        assertThat(scrollsSideways()).as("compose form at 320 px").isFalse();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Förhandsgranska")).click();
        assertThat(page.getByText("Skriv en ämnesrad.")).isVisible();
        assertThat(page.getByText("Skriv meddelandet.")).isVisible();
        assertNoAccessibilityViolations();
        assertThat(scrollsSideways()).as("refused compose form at 320 px").isFalse();

        page.getByLabel("Ämnesrad").fill(subject);
        page.getByLabel("Meddelande", new Page.GetByLabelOptions().setExact(true)).fill("Hej!\n\nProgrammet: https://example.org/program");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Förhandsgranska")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Förhandsgranskning"))).isVisible();
        assertThat(page.frameLocator(MAIL_PREVIEW).getByRole(AriaRole.LINK)).hasText("https://example.org/program");
        assertNoAccessibilityViolationsOutside(MAIL_PREVIEW);
        assertThat(scrollsSideways()).as("preview at 320 px").isFalse();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka ett test till mig")).click();
        assertThat(page.getByText("Ett testmeddelande är skickat till")).isVisible();
        assertThat(page.getByLabel("Ämnesrad")).hasValue(subject);

        page.locator("button[value=skicka]").click();
        assertThat(page.getByText("Meddelandet är skickat.")).isVisible();
        assertThat(page.locator("h1")).hasText(subject);
        assertNoAccessibilityViolations();
        assertThat(scrollsSideways()).as("sent message at 320 px").isFalse();
    }
}
