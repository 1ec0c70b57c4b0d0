package se.arena.survey;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import se.arena.BrowserTestSupport;
import se.arena.identity.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member on a 320 pixel wide screen builds a small survey with a scale question and a
 * question shown on an earlier answer, and opens its preview, with an axe-core scan on the way.
 */
class SurveyBuilderBrowserTest extends BrowserTestSupport {

    @Test
    void staffBuildASurveyWithAScaleAndAConditionalQuestionAndPreviewItOnANarrowScreen() {
        String title = "Utvärdering " + UUID.randomUUID().toString().substring(0, 8);
        page.setViewportSize(320, 640);
        signInAsStaff(Role.STAFF);

        open("/admin/enkater");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny enkät")).click();
        assertThat(page.locator("h1")).hasText("Ny enkät");
        fitsAndPassesAxe();
        page.getByLabel("Rubrik").fill(title);
        page.getByLabel("En per person").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa utkastet")).click();
        assertThat(page.locator("h1")).hasText(title);

        page.getByLabel("Avsnittets rubrik").fill("Träffen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till avsnittet")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Avsnittet är tillagt.");
        fitsAndPassesAxe();

        addQuestion();
        page.getByLabel("Frågetyp").selectOption("SCALE");
        page.getByLabel("Fråga", new Page.GetByLabelOptions().setExact(true)).fill("Hur nöjd är du med träffen?");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till frågan")).click();
        assertThat(page.locator(".field-error").first()).containsText("En skalfråga behöver en text för 1 och en för 5");
        fitsAndPassesAxe();
        page.getByLabel("Text för 1").fill("Inte alls nöjd");
        page.getByLabel("Text för 5").fill("Mycket nöjd");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till frågan")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Frågan är tillagd.");

        addQuestion();
        page.getByLabel("Fråga", new Page.GetByLabelOptions().setExact(true)).fill("Vill du delta igen?");
        page.getByLabel("Svarsalternativ (för Ett val och Flera val)").fill("Ja\nNej");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till frågan")).click();

        addQuestion();
        page.getByLabel("Frågetyp").selectOption("FREE_TEXT");
        page.getByLabel("Fråga", new Page.GetByLabelOptions().setExact(true)).fill("Vad skulle få dig att komma igen?");
        page.getByLabel("Visa bara frågan om").selectOption(new SelectOption().setLabel("Nej (Vill du delta igen?)"));
        fitsAndPassesAxe();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till frågan")).click();
        assertThat(page.getByText("Visas om ”Nej” är valt på frågan ”Vill du delta igen?”.")).isVisible();
        fitsAndPassesAxe();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Förhandsgranska")).click();
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.getByLabel("1 Inte alls nöjd")).isVisible();
        assertThat(page.getByLabel("5 Mycket nöjd")).isVisible();
        assertThat(page.getByText("Visas om ”Nej” är valt på frågan ”Vill du delta igen?”.")).isVisible();
        fitsAndPassesAxe();
    }

    private void addQuestion() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lägg till en fråga i avsnittet Träffen")).click();
        assertThat(page.locator("h1")).hasText("Ny fråga");
    }

    private void fitsAndPassesAxe() {
        assertThat(scrollsSideways()).as("scrolls sideways at 320 px on " + page.url()).isFalse();
        assertNoAccessibilityViolations();
    }
}
