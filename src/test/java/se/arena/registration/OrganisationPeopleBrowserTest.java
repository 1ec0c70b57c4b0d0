package se.arena.registration;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Locator;
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

/**
 * A coordinator on a 320 pixel wide screen appoints two people under a board decision, sees the
 * decision next to each of them, replaces one by a new person and cancels the other, with an
 * axe-core scan of every page on the way.
 */
class OrganisationPeopleBrowserTest extends BrowserTestSupport {

    @Autowired
    NetworkAdministration administration;

    @Autowired
    NetworkCatalogue catalogue;

    @Autowired
    Registrations registrations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCoordinatorReplacesOnePersonCancelsAnotherAndSeesTheDecisionBehindThem() {
        Network network = new TestNetworks(administration, catalogue).open(2, null, "");
        String coordinator = new TestCoordinators(jdbc).create(jdbc.sql(
                "SELECT id FROM organisation WHERE name = 'Ydre' AND type = 'MUNICIPALITY'").query(Long.class).single());
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String eva = "Eva Ordförande " + marker;
        String olof = "Olof Oppositionsråd " + marker;
        String reference = "KS 2027/" + marker;
        LocalDate decidedOn = LocalDate.now().minusDays(7);
        page.setViewportSize(320, 640);

        open("/logga-in");
        page.getByLabel("E-postadress").fill(coordinator);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka inloggningslänk")).click();
        open(linkIn(coordinator, "/logga-in/lank/"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Utse representanter i ett nätverk")).click();
        page.getByLabel("Nätverk", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel(network.title()));
        page.getByLabel("Beslutsdatum (ÅÅÅÅ-MM-DD)").fill(decidedOn.toString());
        page.getByLabel("Diarienummer eller ärende").fill(reference);
        page.locator("#name0").fill(eva);
        page.locator("#email0").fill("eva-" + marker + "@example.org");
        page.locator("#name1").fill(olof);
        page.locator("#email1").fill("olof-" + marker + "@example.org");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Utse och anmäl")).click();
        assertThat(page.locator("h1")).hasText("Representanterna är utsedda");

        // the organisation's people, each with the decision that appointed them
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Organisationens nätverk och deltagare")).click();
        String decision = new Appointment(network.id(), 0, "Kommunstyrelsen", decidedOn, reference, null).label();
        assertThat(person(eva)).containsText(decision);
        assertThat(person(olof)).containsText(decision);
        assertThat(network(network)).containsText(SeatPeriod.of(network).firstYearHeldFrom(LocalDate.now().getYear()) + ": 2 av 2");
        assertPageFitsAndPassesAxe();

        // replacing Eva: a missing address is explained next to the field, then the new person is offered the seat
        person(eva).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ersätt " + eva)).click();
        assertThat(page.locator("h1")).hasText("Ersätt " + eva);
        assertPageFitsAndPassesAxe();
        page.getByLabel("Den nya personens namn").fill("Nina Ny");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka erbjudandet")).click();
        assertThat(page.getByText("Skriv e-postadressen till den som ska ta över platsen").last()).isVisible();
        assertThat(page.getByLabel("Den nya personens namn")).hasValue("Nina Ny");
        assertPageFitsAndPassesAxe();
        String nina = "nina-" + marker + "@example.org";
        page.getByLabel("Den nya personens e-postadress").fill(nina);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka erbjudandet")).click();
        assertThat(page.getByText("Vi har skickat ett mejl till " + nina)).isVisible();
        assertThat(person(eva)).containsText("Platsen erbjuden Nina Ny");
        assertThat(new Mailbox(jdbc).latestTextTo(nina).orElseThrow()).contains("Ydre vill att du tar över platsen");

        // cancelling Olof asks first
        person(olof).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Avboka " + olof)).click();
        assertThat(page.locator("h1")).hasText("Avboka " + olof);
        assertPageFitsAndPassesAxe();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, avboka " + olof)).click();
        assertThat(page.getByText(olof + " är avbokad och har fått ett mejl om det.")).isVisible();
        assertThat(person(olof)).hasCount(0);
        assertThat(person(eva)).containsText(decision);
        assertPageFitsAndPassesAxe();
        assertThat(registrations.allOf(network)).filteredOn(registration -> registration.name().equals(olof))
                .extracting(Registration::status).containsExactly(RegistrationStatus.CANCELLED);
    }

    private Locator person(String name) {
        return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(name));
    }

    private Locator network(Network network) {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(network.title() + " (" + network.period() + ")"));
    }

    private void assertPageFitsAndPassesAxe() {
        assertThat(scrollsSideways()).as("sideways scrolling at 320 px on %s", page.url()).isFalse();
        assertNoAccessibilityViolations();
    }

    private String linkIn(String recipient, String path) {
        return new Mailbox(jdbc).latestTextTo(recipient).orElseThrow().lines()
                .filter(line -> line.contains(path)).findFirst().orElseThrow().strip().replaceFirst("https?://[^/]+", "");
    }
}
