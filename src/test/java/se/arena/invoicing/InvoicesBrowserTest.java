package se.arena.invoicing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.arena.BrowserTestSupport;
import se.arena.Money;
import se.arena.TimeConfiguration;
import se.arena.activity.Activity;
import se.arena.activity.ActivityAdministration;
import se.arena.activity.ActivityCatalogue;
import se.arena.activity.SignUps;
import se.arena.activity.TestStudyTrips;
import se.arena.identity.Role;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.InvoicePreferences;
import se.arena.organisation.OrganisationDirectory;
import se.arena.privacy.Actor;
import se.arena.registration.Registrations;
import se.arena.registration.TestNetworks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class InvoicesBrowserTest extends BrowserTestSupport {

    private static final Actor STAFF = new Actor(null, "handlaggare@example.org", null);

    @Autowired
    Invoices invoices;

    @Autowired
    InvoicePreferences preferences;

    @Autowired
    NetworkAdministration networkAdministration;

    @Autowired
    NetworkCatalogue networkCatalogue;

    @Autowired
    Registrations registrations;

    @Autowired
    ActivityAdministration activityAdministration;

    @Autowired
    ActivityCatalogue activityCatalogue;

    @Autowired
    SignUps signUps;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    JdbcClient jdbc;

    private final String marker = "webbläsare-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void staffFindAnInvoiceFilterByKindAndDownloadItsPdf() {
        Invoice invoice = invoices.issue(TestDocuments.draft(marker, null, List.of(TestDocuments.fee("Åsa Öberg"))),
                new Actor(null, "handlaggare@example.org", null));
        invoices.creditInFull(invoice.id(), "Fel köpare", "browser-" + invoice.id(), new Actor(null, "handlaggare@example.org", null));

        signInAsStaff(Role.STAFF);
        open("/admin/fakturor?q=" + marker);
        assertThat(page.getByText("2 dokument", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertNoAccessibilityViolations();

        page.getByLabel("Typ").selectOption("INVOICE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sök")).click();
        assertThat(page.getByText("1 dokument", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByLabel("Typ")).hasValue("INVOICE");
        assertThat(page.getByLabel("Nummer, köpare eller referens")).hasValue(marker);

        Download pdf = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("PDF för " + invoice.number())).click());
        assertThat(pdf.suggestedFilename()).isEqualTo("faktura-" + invoice.number() + ".pdf");
        assertNoAccessibilityViolations();
    }

    @Test
    void theListReadsWithoutSidewaysScrollingAt320Pixels() {
        invoices.issue(TestDocuments.draft(marker + "-en-mycket-lang-referens-utan-mellanslag-KS2027000471100", null,
                List.of(TestDocuments.fee("Åsa Öberg"))), new Actor(null, "handlaggare@example.org", null));
        page.setViewportSize(320, 640);
        signInAsStaff(Role.STAFF);
        open("/admin/fakturor?q=" + marker);
        assertThat(page.getByText("1 dokument", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(scrollsSideways()).isFalse();
        assertNoAccessibilityViolations();
    }

    @Test
    void staffMarkAnInvoicePaidAfterAMistakeInTheDateAndFindItAmongThePaid() {
        Invoice invoice = invoices.issue(TestDocuments.draft(marker, null, List.of(TestDocuments.fee("Åsa Öberg"))), STAFF);
        signInAsStaff(Role.STAFF);
        open("/admin/fakturor?q=" + marker);
        page.getByLabel("Betalning").selectOption("obetalda");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sök")).click();
        assertThat(page.getByText("1 dokument", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("Obetald"))).isVisible();
        assertNoAccessibilityViolations();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(invoice.number()).setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Faktura " + invoice.number());
        assertThat(page.getByLabel("Betalningsdag (ÅÅÅÅ-MM-DD)")).hasValue(today().toString());
        assertNoAccessibilityViolations();
        page.getByLabel("Betalningsdag (ÅÅÅÅ-MM-DD)").fill(today().plusDays(1).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Markera som betald")).click();
        assertThat(page.getByText("Betalningsdagen kan inte ligga i framtiden")).isVisible();
        assertThat(page.getByLabel("Betalningsdag (ÅÅÅÅ-MM-DD)")).hasValue(today().plusDays(1).toString());
        assertNoAccessibilityViolations();

        page.getByLabel("Betalningsdag (ÅÅÅÅ-MM-DD)").fill(today().toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Markera som betald")).click();
        assertThat(page.getByText("Faktura " + invoice.number() + " är markerad som betald.")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ångra markeringen"))).isVisible();
        assertNoAccessibilityViolations();
        page.setViewportSize(320, 640);
        assertThat(scrollsSideways()).isFalse();

        open("/admin/fakturor?betalning=betalda&q=" + marker);
        assertThat(page.getByText("Betald " + today())).isVisible();
    }

    @Test
    void staffPreviewARunWithExtraCostsAndInvoicesPerPersonThenIssueIt() {
        Network network = new TestNetworks(networkAdministration, networkCatalogue).open(3, null, "");
        long kumla = members().municipality("Kumla");
        String anna = members().seat(network, kumla, "Anna Andersson", "Box 46, 692 21 Kumla", "KS-ANNA");
        members().seat(network, kumla, "Bo Berg", "Box 46, 692 21 Kumla", "KF-BO");
        TestStudyTrips trips = new TestStudyTrips(activityAdministration, activityCatalogue, signUps);
        Activity trip = trips.trip(List.of(network.id()), false, Money.ofKronor(2500), 10, LocalDate.of(2028, 5, 10));
        trips.signUp(trip, trips.occasions(trip).getFirst(), anna, "Anna Andersson", kumla, network.id());
        try {
            signInAsStaff(Role.STAFF);
            open("/admin/natverk/" + network.id() + "/fakturering?ar=2028");
            assertThat(page.getByText(trip.title() + ", Anna Andersson")).isVisible();
            assertNoAccessibilityViolations();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Byt till en faktura per person för Kumla")).click();
            assertThat(page.getByText("Kumla får en faktura per person")).isVisible();
            assertThat(page.getByText("Faktura för Bo Berg")).isVisible();
            assertNoAccessibilityViolations();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Utfärda 2 fakturor")).click();
            assertThat(page.getByText("2 fakturor är utfärdade.")).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Redan utfärdade"))).isVisible();
            assertNoAccessibilityViolations();
            page.setViewportSize(320, 640);
            assertThat(scrollsSideways()).isFalse();
        } finally {
            preferences.choose(organisations.findAll(List.of(kumla)).getFirst(), false, Actor.system());
        }
    }

    @Test
    void aCoordinatorFindsTheOrganisationsInvoicesOnMinaSidorAndDownloadsOne() {
        long karlskoga = members().municipality("Karlskoga");
        Invoice invoice = invoices.issue(TestDocuments.runDraft(1, karlskoga, "browser/" + marker, "Åsa Öberg"), STAFF);
        String coordinator = members().coordinatorOf(karlskoga).email();

        signInByEmailedLink(coordinator);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Fakturor"))).isVisible();
        assertThat(page.getByText(invoice.number(), new Page.GetByTextOptions().setExact(true))).isVisible();
        assertNoAccessibilityViolations();

        Download pdf = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("PDF för " + invoice.number())).click());
        assertThat(pdf.suggestedFilename()).isEqualTo("faktura-" + invoice.number() + ".pdf");
        page.setViewportSize(320, 640);
        assertThat(scrollsSideways()).isFalse();
    }

    /** The day as the application sees it, in Swedish time. */
    private static LocalDate today() {
        return LocalDate.now(TimeConfiguration.SWEDEN);
    }

    private TestMembers members() {
        return new TestMembers(jdbc, registrations);
    }
}
