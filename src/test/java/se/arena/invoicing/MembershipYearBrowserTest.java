package se.arena.invoicing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.arena.BrowserTestSupport;
import se.arena.TestClock;
import se.arena.identity.Mailbox;
import se.arena.identity.Role;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationInvoicing;
import se.arena.organisation.TestInvoiceDetails;
import se.arena.privacy.Actor;
import se.arena.registration.Registrations;
import se.arena.registration.RenewalRound;
import se.arena.registration.Renewals;
import se.arena.registration.TestCoordinators;
import se.arena.registration.TestNetworks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year of membership from the coordinator's answer to the invoice: the coordinator confirms one
 * seat, declines another and names a new person for a third; staff follow the round, issue the
 * run for the new year and download its PDF and e-invoice.
 */
class MembershipYearBrowserTest extends BrowserTestSupport {

    private static final Pattern ANSWER_PATH = Pattern.compile("https?://[^/\\s]+(/fornyelse/[A-Za-z0-9_-]+)");

    @Autowired
    Renewals renewals;

    @Autowired
    Registrations registrations;

    @Autowired
    NetworkAdministration administration;

    @Autowired
    NetworkCatalogue catalogue;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationInvoicing organisationInvoicing;

    @Autowired
    OrganisationDirectory organisations;

    @AfterEach
    void realTime() {
        clock.reset();
        invoiceDetails().remove(new TestMembers(jdbc, registrations).municipality("Askersund"));
    }

    private TestInvoiceDetails invoiceDetails() {
        return new TestInvoiceDetails(organisationInvoicing, organisations, jdbc);
    }

    @Test
    void aCoordinatorAnswersForThreeSeatsAndStaffInvoiceTheNewYear() throws Exception {
        clock.set(Instant.parse("2026-11-24T09:00:00Z"));
        Network network = new TestNetworks(administration, catalogue).open(3, null, "");
        TestMembers members = new TestMembers(jdbc, registrations);
        long askersund = members.municipality("Askersund");
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String continues = "Anna Andersson " + marker;
        String declines = "Bertil Berg " + marker;
        String handsOver = "Cecilia Carlsson " + marker;
        for (String name : new String[] {continues, declines, handsOver}) {
            members.seat(network, askersund, name, null, null);
        }
        invoiceDetails().give(askersund, "Box 1", "696 81", "Askersund", "KS-" + marker);
        String coordinator = new TestCoordinators(jdbc).create(askersund);

        clock.set(Instant.parse("2027-11-01T08:00:00Z"));
        RenewalRound round = renewals.open(network, 2028, LocalDate.parse("2027-11-30"), Actor.system());

        open(answerPath(coordinator));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Fortsätter ni 2028?"))).isVisible();
        assertNoAccessibilityViolations();
        seat(continues).getByLabel("Fortsätter 2028").check();
        seat(declines).getByLabel("Avböjer: platsen upphör efter 2027").check();
        seat(handsOver).getByLabel("En annan person tar över platsen").check();
        seat(handsOver).getByLabel("Den nya personens namn").fill("David Dahl");
        String newPerson = "david-" + marker + "@example.org";
        seat(handsOver).getByLabel("Den nya personens e-post", new Locator.GetByLabelOptions().setExact(false)).fill(newPerson);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara svaren")).click();
        assertThat(page.getByText("Tack! Svaret är sparat")).isVisible();
        assertThat(seat(declines)).containsText("Avböjd");
        assertThat(seat(handsOver)).containsText("Ny person föreslagen");
        assertNoAccessibilityViolations();
        assertThat(new Mailbox(jdbc).latestTextTo(newPerson).orElseThrow()).contains("Du har erbjudits en plats");

        signInAsStaff(Role.STAFF);
        open("/admin/natverk/" + network.id() + "/fornyelse/" + round.id());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Askersund: Besvarad"))).isVisible();
        assertNoAccessibilityViolations();

        open("/admin/natverk/" + network.id() + "/fakturering?ar=2028");
        Locator proposal = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(continues));
        assertThat(proposal).containsText(handsOver);
        assertThat(proposal).not().containsText(declines);
        assertNoAccessibilityViolations();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Utfärda 1 faktura")).click();

        Locator issued = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("KS-" + marker));
        String number = issued.getByRole(AriaRole.LINK).textContent().strip();
        assertThat(issued).containsText("2 250"); // two people at 900 kr plus 25 % VAT
        issued.getByRole(AriaRole.LINK).click();
        assertNoAccessibilityViolations();

        Download pdf = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("PDF")).click());
        assertThat(pdf.suggestedFilename()).isEqualTo("faktura-" + number + ".pdf");
        assertThat(new String(Files.readAllBytes(pdf.path()), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Download xml = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("E-faktura (XML)")).click());
        String ubl = Files.readString(xml.path());
        assertThat(ubl).contains("<cbc:ID>" + number + "</cbc:ID>", "0007", continues, handsOver).doesNotContain(declines);
    }

    @Test
    void theAnswerPageWorksAt320PixelsWithAnErrorNextToTheField() {
        clock.set(Instant.parse("2026-11-24T09:00:00Z"));
        Network network = new TestNetworks(administration, catalogue).open(3, null, "");
        TestMembers members = new TestMembers(jdbc, registrations);
        long vansbro = members.municipality("Vansbro");
        String holder = "Elin Ek " + UUID.randomUUID().toString().substring(0, 6);
        members.seat(network, vansbro, holder, "Vansbro kommun, 780 50 Vansbro", "VK-1");
        String coordinator = new TestCoordinators(jdbc).create(vansbro);
        clock.set(Instant.parse("2027-11-01T08:00:00Z"));
        renewals.open(network, 2028, LocalDate.parse("2027-11-30"), Actor.system());

        page.setViewportSize(320, 640);
        open(answerPath(coordinator));
        seat(holder).getByLabel("En annan person tar över platsen").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara svaren")).click();
        assertThat(seat(holder).getByText("Skriv namnet på den som ska ta över platsen")).isVisible();
        assertThat(seat(holder).getByLabel("En annan person tar över platsen")).isChecked();
        assertThat(scrollsSideways()).isFalse();
        assertNoAccessibilityViolations();
    }

    private Locator seat(String name) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(name));
    }

    private String answerPath(String recipient) {
        String mail = new Mailbox(jdbc).latestTextTo(recipient).orElseThrow();
        Matcher link = ANSWER_PATH.matcher(mail);
        assertThat(link.find()).as("a link to the answer page in:%n%s", mail).isTrue();
        return link.group(1);
    }
}
