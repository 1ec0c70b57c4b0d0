package se.arena.invoicing;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.arena.BrowserTestSupport;
import se.arena.identity.Role;
import se.arena.privacy.Actor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class InvoicesBrowserTest extends BrowserTestSupport {

    @Autowired
    Invoices invoices;

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
}
