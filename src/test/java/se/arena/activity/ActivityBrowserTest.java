package se.arena.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.arena.BrowserTestSupport;
import se.arena.identity.Mailbox;
import se.arena.identity.Role;
import se.arena.network.Network;
import se.arena.organisation.OrganisationDirectory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class ActivityBrowserTest extends BrowserTestSupport {

    @Autowired
    ActivityScenarios scenarios;

    @Autowired
    ActivityCatalogue catalogue;

    @Autowired
    SignUps signUps;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aParticipantPicksTheSecondOfTwoDatesByKeyboardAloneAndSeesTheZoomLink() {
        Network network = scenarios.networks().open(2, null, "");
        Activity meeting = scenarios.activities().digitalMeeting(List.of(network.id()), 30, 30);
        List<Occasion> occasions = catalogue.occasions(meeting);
        String email = "omar-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        // the seat gives Omar a participant account to sign in with
        scenarios.seats().seat(network, organisations.all().get(3).id(), email, "Omar Haddad");

        open("/aktiviteter/" + meeting.id());
        assertThat(page.getByText("Logga in med den e-postadress")).isVisible();
        assertThat(page.content()).doesNotContain(meeting.meetingLink());
        signIn(email);

        open("/aktiviteter/" + meeting.id());
        assertNoAccessibilityViolations();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Anmäl dig")).click();
        assertThat(page.locator("h1")).hasText("Anmälan");
        assertThat(page.getByText("Omar Haddad")).isVisible();
        assertNoAccessibilityViolations();

        // keyboard alone: Tab into the dates, the arrow key to the second one, Tab to the button, Enter
        tabTo("occasion-" + occasions.get(0).id());
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("#occasion-" + occasions.get(1).id())).isChecked();
        tabTo("skicka");
        page.keyboard().press("Enter");

        assertThat(page.locator("h1")).hasText(meeting.title());
        assertThat(page.getByText("Du är anmäld.")).isVisible();
        com.microsoft.playwright.Locator mine = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Din anmälan"));
        assertThat(mine.getByText(occasions.get(1).label())).isVisible();
        assertThat(mine.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(meeting.meetingLink())))
                .isVisible();
        assertNoAccessibilityViolations();
        page.setViewportSize(320, 800);
        assertThat(scrollsSideways()).as("activity page at 320 px").isFalse();

        // the confirmation carries the calendar invitation for the chosen date, in Swedish time
        String ics = jdbc.sql("""
                SELECT a.content FROM outbox_attachment a JOIN outbox_message m ON m.id = a.message_id
                WHERE m.recipient = :email AND a.filename = 'inbjudan.ics'
                """).param("email", email).query((rs, row) -> new String(rs.getBytes("content"), java.nio.charset.StandardCharsets.UTF_8))
                .single().replace("\r\n ", "");
        org.assertj.core.api.Assertions.assertThat(ics).contains("DTSTART;TZID=Europe/Stockholm:"
                + occasions.get(1).date().toString().replace("-", "") + "T100000", meeting.meetingLink());
    }

    @Test
    void staffAddAThirdDateWhenTheFirstTwoAreFull() {
        Activity seminar = scenarios.activities().publicSeminar(1, 1);
        List<Occasion> occasions = catalogue.occasions(seminar);
        signUps.signUp(seminar, TestActivities.person(occasions.get(0), false));
        signUps.signUp(seminar, TestActivities.person(occasions.get(1), false));
        signUps.signUp(seminar, TestActivities.person(occasions.get(1), true));

        open("/aktiviteter/" + seminar.id() + "/anmalan");
        assertThat(page.getByText("fullbokat, ställ mig på väntelistan")).hasCount(2);

        signInAsStaff(Role.STAFF);
        open("/admin/aktiviteter/" + seminar.id());
        assertNoAccessibilityViolations();
        page.getByText("Lägg till ett datum").click();
        LocalDate third = LocalDate.now().plusDays(75);
        page.getByLabel("Datum (ÅÅÅÅ-MM-DD)").fill(third.toString());
        page.getByLabel("Börjar (TT:MM)").fill("10:00");
        page.getByLabel("Slutar (TT:MM)").fill("15:00");
        page.getByLabel("Antal platser (tomt = ingen gräns)").fill("25");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till datumet")).click();
        assertThat(page.getByText("Det nya datumet är tillagt")).isVisible();
        assertNoAccessibilityViolations();

        page.getByLabel("Bifoga en fil").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                "program.pdf", "application/pdf", "%PDF-1.4 program".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ladda upp filen")).click();
        assertThat(page.getByText("Dokumentet är bifogat")).isVisible();

        Occasion added = catalogue.occasions(seminar).get(2);
        open("/aktiviteter/" + seminar.id() + "/anmalan");
        assertThat(page.getByText(added.label() + ": 25 platser kvar")).isVisible();
        open("/aktiviteter/" + seminar.id());
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("program.pdf"))).isVisible();
        assertNoAccessibilityViolations();
    }

    @Test
    void theCalendarTheAdminFormAndTheAttendeeListPassAxeAndFitA320PixelScreen() {
        Activity seminar = scenarios.activities().publicHybridSeminar(10);
        Occasion occasion = catalogue.occasions(seminar).getFirst();
        signUps.signUp(seminar, new NewSignUp(occasion.id(), "anna-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org",
                "Anna Andersson", "Strateg", null, "Föreningen Framtid", null, null, "Glutenfri", "Hörslinga",
                "key-" + UUID.randomUUID().toString().replace("-", ""), false));

        open("/aktiviteter");
        assertThat(page.locator("h1")).hasText("Planerade aktiviteter");
        assertNoAccessibilityViolations();
        open("/aktiviteter/" + seminar.id() + "/anmalan");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka anmälan")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Kontrollera uppgifterna"))).isVisible();
        assertNoAccessibilityViolations();

        signInAsStaff(Role.STAFF);
        open("/admin/aktiviteter/ny");
        assertNoAccessibilityViolations();
        page.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true)).fill("Konferens om sakråd");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara som utkast")).click();
        assertThat(page.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true))).hasValue("Konferens om sakråd");
        assertThat(page.getByText("Välj minst ett nätverk").first()).isVisible();
        assertNoAccessibilityViolations();
        open("/admin/aktiviteter");
        assertNoAccessibilityViolations();
        open("/admin/aktiviteter/" + seminar.id() + "/tillfallen/" + occasion.id() + "/deltagare");
        assertThat(page.getByText("Glutenfri")).isVisible();
        assertNoAccessibilityViolations();
        open("/admin/aktiviteter/statistik");
        assertNoAccessibilityViolations();

        page.setViewportSize(320, 800);
        for (String path : List.of("/aktiviteter", "/aktiviteter/" + seminar.id(), "/aktiviteter/" + seminar.id() + "/anmalan",
                "/admin/aktiviteter/ny", "/admin/aktiviteter/" + seminar.id(), "/admin/aktiviteter",
                "/admin/aktiviteter/" + seminar.id() + "/tillfallen/" + occasion.id() + "/deltagare", "/admin/aktiviteter/statistik")) {
            open(path);
            assertThat(scrollsSideways()).as(path + " at 320 px").isFalse();
        }
    }


    private void signIn(String email) {
        open("/logga-in");
        page.getByLabel("E-postadress").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka inloggningslänk")).click();
        open(new Mailbox(jdbc).latestLinkPathTo(email));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();
        page.waitForURL(url -> !url.contains("/logga-in"));
    }
}
