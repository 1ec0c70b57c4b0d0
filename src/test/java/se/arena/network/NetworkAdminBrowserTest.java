package se.arena.network;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import se.arena.BrowserTestSupport;
import se.arena.identity.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class NetworkAdminBrowserTest extends BrowserTestSupport {

    @Test
    void staffCreatePreviewAndPublishANetwork() {
        signInAsStaff(Role.STAFF);
        open("/admin/natverk");
        assertNoAccessibilityViolations();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nytt nätverk")).click();
        assertNoAccessibilityViolations();

        String title = "Nätverk för medborgarbudget " + UUID.randomUUID().toString().substring(0, 6);
        page.getByLabel("Nätverkets namn").fill(title);
        page.getByLabel("Första året").fill("2027");
        page.getByLabel("Sista året").fill("2029");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara som utkast")).click();
        assertThat(page.getByText("Skriv ett tema")).isVisible();
        assertThat(page.getByLabel("Nätverkets namn")).hasValue(title);
        assertNoAccessibilityViolations();

        page.getByLabel("Tema").fill("Medborgardialog");
        page.getByLabel("Sammanfattning i katalogen").fill("Ett demonätverk om medborgarbudgetar.");
        page.getByLabel("Bakgrund").fill("<p>Kommuner som vill pröva medborgarbudget.</p>");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara som utkast")).click();
        assertThat(page.getByText("Nätverket är sparat som utkast")).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Förhandsgranska inbjudan")).click();
        assertThat(page.getByText("Förhandsgranskning")).isVisible();
        assertThat(page.getByText("Kommuner som vill pröva medborgarbudget.")).isVisible();
        assertNoAccessibilityViolations();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tillbaka till redigeringen")).click();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Öppna för anmälan")).click();
        assertThat(page.getByText("Nätverket har nu status: Öppen för anmälan.")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Anmälningar")).click();
        assertThat(page.getByText("Inga anmälningar att visa")).isVisible();
        assertNoAccessibilityViolations();
        open("/admin/organisationer/1");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Anmälningar i alla nätverk"))).isVisible();
        assertNoAccessibilityViolations();
        page.goBack();
        open("/natverk?oppna=ja");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();

        open("/admin/natverk?status=OPEN");
        com.microsoft.playwright.Download download = page.waitForDownload(() ->
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("CSV")).click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).startsWith("natverk-").endsWith(".csv");
        try {
            org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readString(download.path())).contains(title);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
