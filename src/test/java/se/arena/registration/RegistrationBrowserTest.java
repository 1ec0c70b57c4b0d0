package se.arena.registration;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.arena.BrowserTestSupport;
import se.arena.identity.Mailbox;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class RegistrationBrowserTest extends BrowserTestSupport {

    @Autowired
    NetworkAdministration administration;

    @Autowired
    NetworkCatalogue catalogue;

    @Autowired
    Registrations registrations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void newcomerRegistersConfirmsByTheLinkAndTransfersTheSeatToAColleagueWhoAccepts() {
        Network network = new TestNetworks(administration, catalogue).open(2, null, "");
        open("/natverk/" + network.slug());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Anmäl dig")).click();
        assertThat(page.locator("h1")).hasText("Anmälan");
        assertNoAccessibilityViolations();

        // an invalid submit keeps what was typed and explains each problem
        String lisa = "lisa-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        page.getByLabel("Namn").fill("Lisa Lindqvist");
        page.getByLabel("E-postadress").fill("lisa@");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka anmälan")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Kontrollera uppgifterna"))).isVisible();
        assertThat(page.getByLabel("Namn")).hasValue("Lisa Lindqvist");
        assertThat(page.getByLabel("E-postadress")).hasValue("lisa@");
        assertNoAccessibilityViolations();

        // the rest by keyboard alone: Tab to each field, type, Space for the box, Enter to send
        // the search field narrows 311 organisations; one match is chosen in the list itself
        tabTo("organisationId-sok");
        page.keyboard().type("karlskog");
        assertThat(page.getByText("Karlskoga är vald.")).isVisible();
        assertThat(page.locator("#organisationId option:checked")).hasText("Karlskoga");
        tabTo("email");
        page.keyboard().press("Control+A");
        page.keyboard().type(lisa);
        tabTo("consent");
        page.keyboard().press("Space");
        tabTo("skicka");
        page.keyboard().press("Enter");

        assertThat(page.locator("h1")).hasText("Bekräfta din anmälan");
        assertThat(page.getByText("Vi har skickat ett mejl till " + lisa)).isVisible();
        assertNoAccessibilityViolations();

        // the e-mailed link shows a button; only pressing it confirms
        open(linkIn(lisa, "/anmalan/bekrafta/"));
        assertThat(page.locator("h1")).hasText("Bekräfta anmälan");
        assertThat(page.getByText("En plats hålls åt dig till")).isVisible();
        assertNoAccessibilityViolations();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekräfta anmälan")).click();
        assertThat(page.locator("h1")).hasText("Anmälan är bekräftad");
        assertThat(page.getByText("Lisa Lindqvist har en plats")).isVisible();
        assertNoAccessibilityViolations();

        // the e-mailed personal link, then the seat passes to a colleague who accepts it
        open(linkIn(lisa, "/anmalan/"));
        assertThat(page.locator("h1")).hasText("Din anmälan");
        assertNoAccessibilityViolations();
        String colleague = "kalle-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        page.getByLabel("Kollegans namn").fill("Kalle Kollega");
        page.getByLabel("Kollegans e-postadress").fill(colleague);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Erbjud platsen")).click();
        assertThat(page.getByText("Vi har skickat ett mejl till " + colleague)).isVisible();
        assertNoAccessibilityViolations();

        open(linkIn(colleague, "/anmalan/overlatelse/"));
        assertThat(page.locator("h1")).hasText("Ta emot en plats");
        assertNoAccessibilityViolations();
        page.getByLabel("Jag godkänner", new Page.GetByLabelOptions().setExact(false)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ta emot platsen")).click();
        assertThat(page.locator("h1")).hasText("Du är anmäld");
        assertThat(page.getByText("Kalle Kollega har en plats")).isVisible();

        // taking the seat gave Kalle an account: he signs in by e-mail link and finds it on Mina sidor
        open("/logga-in");
        page.getByLabel("E-postadress").fill(colleague);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka inloggningslänk")).click();
        open(linkIn(colleague, "/logga-in/lank/"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mina anmälningar"))).isVisible();
        assertNoAccessibilityViolations();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Se och ändra anmälan")).click();
        assertThat(page.locator("h1")).hasText("Din anmälan");
        assertThat(page.getByText("Lisa Lindqvist hade platsen")).isVisible();
        assertNoAccessibilityViolations();
    }

    @Test
    void whenTheNetworkAsksThePhaseOnANarrowScreenAMissingAnswerIsExplainedAtTheQuestionAndTheChoiceIsStored() {
        Network network = new TestNetworks(administration, catalogue).openAskingPhase();
        long karlskoga = jdbc.sql("SELECT id FROM organisation WHERE name = 'Karlskoga' AND type = 'MUNICIPALITY'").query(Long.class).single();
        page.setViewportSize(320, 640);
        open("/natverk/" + network.slug() + "/anmalan?organisation=" + karlskoga);
        String fia = "fia-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        page.getByLabel("Namn").fill("Fia Fasson");
        page.getByLabel("E-postadress").fill(fia);
        page.getByLabel("Jag godkänner", new Page.GetByLabelOptions().setExact(false)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka anmälan")).click();
        assertThat(page.locator("#phase-fel")).hasText("Välj var er organisation står i arbetet.");
        assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Var står er organisation i arbetet?")))
                .hasAccessibleDescription("Välj var er organisation står i arbetet.");
        assertThat(page.getByLabel("Namn")).hasValue("Fia Fasson");
        assertNoAccessibilityViolations();
        assertThat(scrollsSideways()).as("scrolls sideways at 320 px").isFalse();

        // the error summary leads to the question; the answer is a radio button like any other
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Välj var er organisation står i arbetet.")).click();
        page.getByLabel("Har påbörjat arbetet").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka anmälan")).click();
        assertThat(page.locator("h1")).hasText("Bekräfta din anmälan");
        assertThat(jdbc.sql("SELECT phase FROM registration WHERE email = :email")
                .param("email", fia).query(String.class).single()).isEqualTo("STARTING");
    }

    @Test
    void staffCorrectAParticipantsDetails() {
        Network network = new TestNetworks(administration, catalogue).open(2, null, "");
        Registration person = registrations.register(network, TestNetworks.person(network,
                jdbc.sql("SELECT id FROM organisation WHERE name = 'Karlskoga' AND type = 'MUNICIPALITY'").query(Long.class).single()))
                .registration();
        signInAsStaff(se.arena.identity.Role.STAFF);
        open("/admin/natverk/" + network.id() + "/anmalningar");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Visa och ändra " + person.name())).click();
        assertThat(page.locator("h1")).hasText(person.name());
        assertNoAccessibilityViolations();
        page.getByLabel("Mobil").fill("070-12");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
        assertThat(page.getByText("Skriv ett svenskt mobilnummer")).isVisible();
        assertThat(page.getByLabel("Mobil")).hasValue("070-12");
        assertNoAccessibilityViolations();
        page.getByLabel("Mobil").fill("070-123 45 67");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
        assertThat(page.getByText("Uppgifterna för " + person.name() + " är sparade.")).isVisible();
    }

    @Test
    void coordinatorAppointsTwoPeopleWithADecisionReference() {
        Network network = new TestNetworks(administration, catalogue).open(2, null, "");
        String coordinator = new TestCoordinators(jdbc).create(jdbc.sql(
                "SELECT id FROM organisation WHERE name = 'Karlskoga' AND type = 'MUNICIPALITY'").query(Long.class).single());

        open("/logga-in");
        page.getByLabel("E-postadress").fill(coordinator);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka inloggningslänk")).click();
        open(linkIn(coordinator, "/logga-in/lank/"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Utse representanter i ett nätverk")).click();
        assertThat(page.locator("h1")).hasText("Utse representanter");
        assertNoAccessibilityViolations();

        page.getByLabel("Nätverk", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel(network.title()));
        page.getByLabel("Beslutsdatum (ÅÅÅÅ-MM-DD)").fill(java.time.LocalDate.now().minusDays(7).toString());
        page.getByLabel("Diarienummer eller ärende").fill("KS 2027/45");
        page.locator("#name0").fill("Eva Ordförande");
        page.locator("#email0").fill("eva-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org");
        page.locator("#name1").fill("Olof Oppositionsråd");
        page.locator("#email1").fill("olof-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Utse och anmäl")).click();

        assertThat(page.locator("h1")).hasText("Representanterna är utsedda");
        assertThat(page.getByText("Eva Ordförande: Bekräftad")).isVisible();
        assertThat(page.getByText("Olof Oppositionsråd: Bekräftad")).isVisible();
        assertNoAccessibilityViolations();
    }

    private String linkIn(String recipient, String path) {
        return new Mailbox(jdbc).latestTextTo(recipient).orElseThrow().lines()
                .filter(line -> line.contains(path)).findFirst().orElseThrow().strip().replaceFirst("https?://[^/]+", "");
    }
}
