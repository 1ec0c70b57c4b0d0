package se.arena.activity;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.arena.BrowserTestSupport;
import se.arena.identity.Mailbox;
import se.arena.identity.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class QuestionBrowserTest extends BrowserTestSupport {

    @Autowired
    ActivityAdministration administration;

    @Autowired
    ActivityCatalogue catalogue;

    @Autowired
    SignUps signUps;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aParticipantAsksAQuestionAndStaffMarkItAnswered() {
        TestActivities activities = new TestActivities(administration, catalogue, signUps);
        Activity seminar = activities.publicSeminar(20);
        SignUp person = signUps.signUp(seminar, TestActivities.person(activities.occasions(seminar).getFirst(), false)).signUp();
        String link = new Mailbox(jdbc).latestTextTo(person.email()).orElseThrow().lines()
                .filter(line -> line.contains("/aktiviteter/min-anmalan/")).findFirst().orElseThrow()
                .strip().replaceFirst("https?://[^/]+", "");

        open(link);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ställ en fråga till föredragshållaren")).click();
        assertThat(page.locator("h1")).hasText("Frågor till föredragshållaren");
        assertNoAccessibilityViolations();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka frågan")).click();
        assertThat(page.getByText("Skriv din fråga.")).isVisible();
        assertNoAccessibilityViolations();
        page.getByLabel("Din fråga").fill("Hur följer ni upp samverkan med civilsamhället?");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka frågan")).click();
        assertThat(page.getByText("Tack! Din fråga är skickad till föredragshållaren.")).isVisible();
        assertThat(page.getByText("Hur följer ni upp samverkan med civilsamhället?")).isVisible();

        signInAsStaff(Role.STAFF);
        open("/admin/aktiviteter/" + seminar.id());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Frågor till föredragshållaren")).click();
        assertNoAccessibilityViolations();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Markera som besvarad: Hur följer ni upp samverkan med civilsamhället?")).click();
        assertThat(page.getByText("Frågan är markerad som besvarad.")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa ny länk för föredragshållaren")).click();
        assertThat(page.getByText("/aktiviteter/talare/")).isVisible();
        assertNoAccessibilityViolations();

        open(link + "/fragor");
        assertThat(page.getByText("– Besvarad")).isVisible();
    }
}
