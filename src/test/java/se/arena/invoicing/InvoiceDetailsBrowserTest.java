package se.arena.invoicing;

import java.time.Instant;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.arena.BrowserTestSupport;
import se.arena.TestClock;
import se.arena.identity.Role;
import se.arena.network.MembershipForm;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationInvoicing;
import se.arena.organisation.TestInvoiceDetails;
import se.arena.privacy.Actor;
import se.arena.registration.Registrations;
import se.arena.registration.TestNetworks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A coordinator keeps the organisation's invoice details, and staff issue a credit note due after a leaving, in a browser. */
class InvoiceDetailsBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Registrations registrations;

    @Autowired
    OrganisationInvoicing organisationInvoicing;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    NetworkAdministration networkAdministration;

    @Autowired
    NetworkCatalogue networkCatalogue;

    @Autowired
    InvoiceRuns runs;

    @Autowired
    TestClock clock;

    @AfterEach
    void realTimeAndNoDetails() {
        clock.reset();
        details().remove(members().municipality("Munkfors"), members().municipality("Sunne"));
    }

    @Test
    void aCoordinatorFillsInTheInvoiceDetailsFromMinaSidorWithTheMistakeExplainedNextToTheField() {
        long munkfors = members().municipality("Munkfors");
        String coordinator = members().coordinatorOf(munkfors).email();
        signInByEmailedLink(coordinator);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fakturauppgifter för Munkfors")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Fakturauppgifter för Munkfors"))).isVisible();
        page.getByLabel("Gatuadress eller box").fill("Box 20");
        page.getByLabel("Postnummer").fill("684 2");
        page.getByLabel("Ort", new Page.GetByLabelOptions().setExact(true)).fill("Munkfors");
        page.getByLabel("Er referens", new Page.GetByLabelOptions().setExact(false)).fill("MU-1001");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara fakturauppgifterna")).click();
        assertThat(page.getByText("Skriv postnumret med fem siffror, till exempel 123 45.")).isVisible();
        assertThat(page.getByLabel("Gatuadress eller box")).hasValue("Box 20");
        assertNoAccessibilityViolations();

        page.getByLabel("Postnummer").fill("684 28");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara fakturauppgifterna")).click();
        assertThat(page.getByText("Fakturauppgifterna för Munkfors är sparade.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(organisationInvoicing.detailsOf(munkfors).orElseThrow().reference()).isEqualTo("MU-1001");
        assertNoAccessibilityViolations();
        page.setViewportSize(320, 640);
        assertThat(scrollsSideways()).isFalse();
    }

    @Test
    void staffIssueTheCreditNoteDueAfterAnOrganisationLeftFromTheInvoiceRun() {
        clock.set(Instant.parse("2028-03-01T09:00:00Z"));
        Network network = new TestNetworks(networkAdministration, networkCatalogue).open(3, null, "",
                new MembershipForm("CURRENT_YEAR_RELEASED", null, null, null, null));
        long sunne = members().municipality("Sunne");
        details().give(sunne, "Box 100", "686 80", "Sunne", "SU-2028");
        members().seat(network, sunne, "Elsa Ek", null, null);
        Invoice invoice = runs.issue(network, 2028, new Actor(null, "ekonomi@example.org", null)).getFirst();
        registrations.leave(network, sunne, new Actor(null, "samordnare@example.org", null));

        signInAsStaff(Role.STAFF);
        open("/admin/natverk/" + network.id() + "/fakturering?ar=2028");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Kreditfakturor att utfärda"))).isVisible();
        assertNoAccessibilityViolations();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Utfärda kreditfaktura för faktura " + invoice.number()))
                .click();

        assertThat(page.getByText("är utfärdad för faktura " + invoice.number(), new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(page.getByText("Avslutad plats: deltagaravgiften för 2028 krediteras för 1 deltagare.")).isVisible();
        assertNoAccessibilityViolations();
        assertThat(page.url()).matches(".*/admin/fakturor/\\d+");
    }

    private TestMembers members() {
        return new TestMembers(jdbc, registrations);
    }

    private TestInvoiceDetails details() {
        return new TestInvoiceDetails(organisationInvoicing, organisations, jdbc);
    }
}
