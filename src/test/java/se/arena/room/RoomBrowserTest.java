package se.arena.room;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.arena.BrowserTestSupport;
import se.arena.identity.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seat holder on a 320 pixel wide screen finds the room from Mina sidor, starts a thread after
 * a mistake, and a colleague replies; staff see the thread with the moderator's button. Every
 * page on the way fits the screen and passes axe-core.
 */
class RoomBrowserTest extends BrowserTestSupport {

    @Autowired
    RoomScenarios scenarios;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSeatHolderStartsAThreadAndAColleagueRepliesOnANarrowScreen() {
        RoomScenario scenario = scenarios.create();
        page.setViewportSize(320, 640);
        signInByEmailedLink(scenario.holder().email());

        open("/mina-sidor");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Samarbetsrummet för " + scenario.network().title())).click();
        assertThat(page.locator("h1")).hasText("Senaste i rummet");
        assertThat(page.getByText("Inga trådar ännu.", new Page.GetByTextOptions().setExact(false))).isVisible();
        fitsAndPassesAxe();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Starta en ny tråd")).click();
        page.getByLabel("Inlägg").fill("Hur följer ni upp era partnerskap?");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Starta tråden")).click();
        assertThat(page.locator("#title-fel")).isVisible();
        assertThat(page.getByLabel("Inlägg")).hasValue("Hur följer ni upp era partnerskap?");
        fitsAndPassesAxe();

        page.getByLabel("Rubrik").fill("Uppföljning av IOP");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Starta tråden")).click();
        assertThat(page.locator("h1")).hasText("Uppföljning av IOP");
        assertThat(page.locator(".post-body")).hasText("Hur följer ni upp era partnerskap?");
        fitsAndPassesAxe();
        String thread = page.url();

        page.context().clearCookies();
        signInByEmailedLink(scenario.colleague().email());
        open(scenario.room() + "/tradar");
        assertThat(page.locator("h1")).hasText("Trådar");
        assertThat(page.locator(".card").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Uppföljning av IOP")))
                .containsText("Nytt");
        fitsAndPassesAxe();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Uppföljning av IOP")).click();
        page.getByLabel("Ditt svar").fill("Vi följer upp två gånger om året, se https://example.org/iop.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka svaret")).click();
        assertThat(page.locator(".post-body").last()).containsText("Vi följer upp två gånger om året");
        assertThat(page.locator(".post-body").last().getByRole(AriaRole.LINK)).hasAttribute("href", "https://example.org/iop");
        fitsAndPassesAxe();

        page.context().clearCookies();
        signInAsStaff(Role.STAFF);
        page.navigate(thread);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dölj inlägget av " + scenario.colleague().displayName())))
                .isVisible();
        fitsAndPassesAxe();
    }

    private void fitsAndPassesAxe() {
        assertThat(scrollsSideways()).as("scrolls sideways at 320 px on " + page.url()).isFalse();
        assertNoAccessibilityViolations();
    }
}
