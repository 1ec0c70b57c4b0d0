package se.arena.network;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import se.arena.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class CatalogueBrowserTest extends BrowserTestSupport {

    @Test
    void visitorFindsAnOpenNetworkAndReadsItsInvitation() {
        open("/natverk");
        assertThat(page.locator("h1")).hasText("Nätverk");
        assertNoAccessibilityViolations();

        page.getByLabel("Bara öppna för anmälan").check();
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Visa nätverk")).click();
        assertThat(page.getByLabel("Bara öppna för anmälan")).isChecked();
        assertThat(page.getByText("Professionsnätverk för att utveckla samverkan med civilsamhället 2027–2030")).isVisible();
        assertThat(page.locator(".cards > li .badge--status")).hasCount(0);
        assertThat(page.getByText("2015–2018")).hasCount(0);
        assertNoAccessibilityViolations();

        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Professionsnätverk för att utveckla samverkan med civilsamhället 2027–2030")).click();
        assertThat(page.locator("h1")).hasText("Professionsnätverk för att utveckla samverkan med civilsamhället 2027–2030");
        for (String heading : new String[] {"Bakgrund", "Upplägg", "Mål", "Målgrupp", "Tidplan", "Kostnad", "Anmälan", "Kontakt"}) {
            assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions()
                    .setName(heading).setExact(true))).isVisible();
        }
        assertNoAccessibilityViolations();
    }

    @Test
    void seedNetworkPagesPassAxe() {
        for (String slug : new String[] {"samverkan-civilsamhallet-2023-2026", "fortroendevalda-medborgardialog-2019-2022",
                "tjanstepersoner-medborgardialog-2015-2018", "overenskommelser-civilsamhallet-2009-2010"}) {
            open("/natverk/" + slug);
            assertThat(page.locator("#kontakt")).isVisible();
            assertNoAccessibilityViolations();
        }
    }

    @Test
    void catalogueAndNetworkPageWorkAt320PixelsWithoutSidewaysScrolling() {
        page.setViewportSize(320, 640);
        open("/natverk");
        assertThat(scrollsSideways()).as("catalogue scrolls sideways at 320 px").isFalse();
        page.getByLabel("Målgrupp").selectOption("ELECTED_OFFICIALS");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Visa nätverk")).click();
        assertThat(page.locator(".cards > li")).hasCount(2);
        assertThat(scrollsSideways()).as("filtered catalogue scrolls sideways at 320 px").isFalse();
        assertNoAccessibilityViolations();

        page.locator(".cards > li a").first().click();
        assertThat(page.locator("h1")).containsText("förtroendevalda");
        assertThat(scrollsSideways()).as("network page scrolls sideways at 320 px").isFalse();
    }

    @Test
    void keyboardUserCanSkipStraightToTheContent() {
        open("/natverk");
        page.keyboard().press("Tab");
        Locator skipLink = page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Hoppa till innehållet"));
        assertThat(skipLink).isFocused();
        assertThat(skipLink).isInViewport();
        page.keyboard().press("Enter");
        assertThat(page.locator("main")).isFocused();
    }
}
