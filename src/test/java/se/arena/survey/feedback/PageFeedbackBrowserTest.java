package se.arena.survey.feedback;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.arena.BrowserTestSupport;
import se.arena.identity.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor on a 320 pixel wide screen answers no on a public page, writes what was missing and
 * is thanked on the page; then staff find the comment and mark it handled. axe-core checks every
 * page on the way.
 */
class PageFeedbackBrowserTest extends BrowserTestSupport {

    private static final String PAGE = "/aktiviteter";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aVisitorAnswersNoWithACommentAndStaffMarkItHandled() {
        page.setViewportSize(320, 640);
        open(PAGE);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hjälpte informationen på sidan dig?"))).isVisible();
        fitsAndPassesAxe();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nej").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Vad saknade du?");
        fitsAndPassesAxe();
        String comment = "Jag saknade en karta till lokalen " + System.nanoTime();
        page.getByLabel("Vad saknade du? (frivilligt)").fill(comment);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka svaret")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Tack för ditt svar!");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nej").setExact(true))).hasCount(0);
        fitsAndPassesAxe();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM page_feedback WHERE page = :page AND comment = :comment")
                .param("page", PAGE).param("comment", comment).query(Long.class).single()).isEqualTo(1);

        signInAsStaff(Role.STAFF);
        open("/admin");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sidfeedback")).click();
        assertThat(page.locator("h1")).hasText("Sidfeedback");
        fitsAndPassesAxe();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(PAGE).setExact(true)).click();
        assertThat(page.getByText(comment)).isVisible();
        fitsAndPassesAxe();
        page.locator("li.card").filter(new Locator.FilterOptions().setHasText(comment))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Markera som hanterad")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Kommentaren är markerad som hanterad.");
        assertThat(page.getByText(comment)).hasCount(0);
        fitsAndPassesAxe();
    }

    private void fitsAndPassesAxe() {
        // a click's new page can be checked before its style sheet has loaded, and then it is wider than the screen
        page.waitForLoadState(LoadState.LOAD);
        assertThat(scrollsSideways()).as("scrolls sideways at 320 px on " + page.url()).isFalse();
        assertNoAccessibilityViolations();
    }
}
