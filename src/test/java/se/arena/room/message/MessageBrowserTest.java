package se.arena.room.message;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.arena.BrowserTestSupport;
import se.arena.TimeConfiguration;
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

    @Test
    void staffFillInAnActivitysProgrammeForTheNetworkAndScheduleItOnA320PixelScreen() {
        // the demo's first network activity still to come, and one of its networks
        Map<String, Object> demo = jdbc.sql("""
                        SELECT n.network_id, a.title FROM activity a JOIN activity_network n ON n.activity_id = a.id
                        WHERE a.status = 'PUBLISHED'
                          AND EXISTS (SELECT 1 FROM activity_occasion o WHERE o.activity_id = a.id AND o.status = 'SCHEDULED'
                                      AND o.ends_at > CURRENT_TIMESTAMP)
                        ORDER BY a.id, n.network_id FETCH FIRST 1 ROWS ONLY
                        """)
                .query().singleRow();
        long network = ((Number) demo.get("network_id")).longValue();
        String activity = (String) demo.get("title");
        signInAsStaff(Role.STAFF);
        page.setViewportSize(320, 800);

        open("/admin/meddelanden/nytt?natverk=" + network);
        page.getByLabel("Aktivitet").selectOption(new SelectOption().setLabel(activity));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fyll i programmet")).click();
        assertThat(page.getByLabel("Ämnesrad")).hasValue("Program: " + activity);
        assertThat(page.getByLabel("Meddelande", new Page.GetByLabelOptions().setExact(true))).containsText("Här kommer programmet till");
        assertThat(page.getByText("Den automatiska inbjudan går ut som förut")).isVisible();
        assertNoAccessibilityViolations();
        assertThat(scrollsSideways()).as("programme filled in at 320 px").isFalse();

        String subject = "Program " + UUID.randomUUID().toString().substring(0, 8);
        page.getByLabel("Ämnesrad").fill(subject);
        page.getByLabel("Skicka vid en senare tidpunkt (valfritt)").fill(LocalDateTime.now(TimeConfiguration.SWEDEN).plusDays(7)
                .withHour(9).withMinute(0).withSecond(0).withNano(0).toString());
        page.locator("button[value=skicka]").click();
        assertThat(page.getByText("Meddelandet är schemalagt")).isVisible();
        assertThat(page.locator("h1")).hasText(subject);
        assertNoAccessibilityViolations();
        assertThat(scrollsSideways()).as("scheduled programme at 320 px").isFalse();
    }
}
