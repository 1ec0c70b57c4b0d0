package se.arena.organisation;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import se.arena.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class OrganisationsBrowserTest extends BrowserTestSupport {

    @Test
    void visitorSearchesAndFiltersTheMembers() {
        open("/organisationer");
        assertThat(page.getByText("311 organisationer")).isVisible();
        assertNoAccessibilityViolations();

        page.getByLabel("Namn").fill("borg");
        page.getByLabel("Län").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Västra Götalands län"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sök")).click();
        assertThat(page.getByLabel("Namn")).hasValue("borg");
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("Vänersborg"))).isVisible();
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("Ulricehamn"))).hasCount(0);
        assertNoAccessibilityViolations();
    }

    @Test
    void listReadsWithoutSidewaysScrollingAt320Pixels() {
        page.setViewportSize(320, 640);
        open("/organisationer");
        assertThat(scrollsSideways()).isFalse();
        assertNoAccessibilityViolations();
    }
}
