package se.arena.insight;

import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.arena.BrowserTestSupport;
import se.arena.identity.Role;
import se.arena.network.Network;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class ReportsBrowserTest extends BrowserTestSupport {

    @Autowired
    ReportScenarios scenarios;

    @Test
    void staffFindTheReportsChooseANetworkAndYearsAndDownloadOne() throws Exception {
        Network network = scenarios.create();
        signInAsStaff(Role.STAFF);
        open("/admin");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rapporter").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Rapporter").setLevel(1))).isVisible();
        assertNoAccessibilityViolations();

        page.getByLabel("Nätverk", new Page.GetByLabelOptions().setExact(true)).selectOption(Long.toString(network.id()));
        page.getByLabel("Från och med år").selectOption("2028");
        page.getByLabel("Till och med år").selectOption("2029");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Visa")).click();

        Locator departures = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
                .setName("Organisationer som avböjt eller förfallit, per nätverk och år"));
        assertThat(departures.getByRole(AriaRole.ROW)).hasCount(1 + 5);
        assertThat(departures.getByText("Anna Andersson (avböjd)")).hasCount(2);
        assertThat(departures.getByText("Cecilia Ceder (avböjd)")).hasCount(1);
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Deltagare per nätverk och år"))
                .getByRole(AriaRole.ROW)).hasCount(1 + 2);
        assertThat(page.getByLabel("Från och med år")).hasValue("2028");
        assertThat(page.getByLabel("Till och med år")).hasValue("2029");
        assertNoAccessibilityViolations();

        Download csv = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("CSV för organisationerna som avböjt eller förfallit")).click());
        assertThat(csv.suggestedFilename()).startsWith("avbojda-och-forfallna-").endsWith(".csv");
        assertThat(Files.readString(csv.path())).contains(network.title() + ";2028;Karlskoga;Kommun;1;0;Anna Andersson (avböjd);1")
                .doesNotContain(";2030;");
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsMarkedOnTheField() {
        signInAsStaff(Role.STAFF);
        open("/admin/rapporter");
        page.getByLabel("Från och med år").selectOption("2029");
        page.getByLabel("Till och med år").selectOption("2027");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Visa")).click();

        Locator to = page.getByLabel("Till och med år");
        assertThat(to).hasAttribute("aria-invalid", "true");
        assertThat(to).hasAccessibleDescription("Till och med år kan inte vara före från och med år (2029).");
        assertThat(page.getByLabel("Från och med år")).hasValue("2029");
        assertThat(to).hasValue("2027");
        assertThat(page.getByRole(AriaRole.TABLE)).hasCount(0);
        assertNoAccessibilityViolations();
    }

    @Test
    void theReportsReadWithoutSidewaysScrollingAt320Pixels() {
        Network network = scenarios.create();
        page.setViewportSize(320, 640);
        signInAsStaff(Role.STAFF);
        open("/admin/rapporter?natverk=" + network.id());
        assertThat(page.getByText("Cecilia Ceder (avböjd)").first()).isVisible();
        assertThat(scrollsSideways()).isFalse();
        assertNoAccessibilityViolations();
    }
}
