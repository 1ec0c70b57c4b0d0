package se.arena.invoicing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import se.arena.Money;
import se.arena.identity.Role;
import se.arena.identity.TestSignIn;
import se.arena.privacy.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Staff's list of issued documents, its downloads and the PDF and XML of each document. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "STAFF")
class InvoicePagesTest {

    private static final Actor STAFF = new Actor(null, "handlaggare@example.org", "127.0.0.1");

    @Autowired
    MockMvc mvc;

    @Autowired
    Invoices invoices;

    /** In every buyer reference this test issues, so other tests' invoices never interfere. */
    private String marker;
    private long runId;
    private Invoice credited;
    private Invoice kept;
    private CreditNote credit;

    @BeforeEach
    void twoInvoicesOneCredited() {
        marker = "ref-" + UUID.randomUUID().toString().substring(0, 8);
        runId = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
        credited = invoices.issue(TestDocuments.draft(marker + " Åsa", runId, List.of(TestDocuments.fee("Åsa Öberg"),
                new InvoiceLine("Studieresa till Göteborg", 1, new Money(250_050), 0))), STAFF);
        kept = invoices.issue(TestDocuments.draft(marker + " Per", null, List.of(TestDocuments.fee("Per Ärlig"))), STAFF);
        credit = invoices.creditInFull(credited.id(), "Fel köpare", "page-test-" + credited.id(), STAFF);
    }

    @Test
    void listsTheDocumentsWithTheirCreditsAndLinksToPdfAndXml() throws Exception {
        // the query in the address itself, as a browser sends it, so the download links can keep it
        mvc.perform(get("/admin/fakturor?q=" + marker))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<html lang=\"sv\">"),
                        containsString("3 dokument"),
                        containsString(credited.number()),
                        containsString(kept.number()),
                        containsString(credit.number()),
                        containsString("Krediteras av"),
                        containsString("Krediterar"),
                        containsString("data-label=\"Köpare\""),
                        containsString("href=\"/admin/fakturor/" + kept.id() + "/pdf\""),
                        containsString("href=\"/admin/fakturor/" + kept.id() + "/xml\""),
                        containsString("/admin/fakturor/export?q=" + marker + "&amp;format=csv"))));
    }

    @Test
    void filtersByKindAndYearAndQuietlyIgnoresNonsense() throws Exception {
        mvc.perform(get("/admin/fakturor").param("q", marker).param("typ", "CREDIT_NOTE"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("1 dokument"), containsString(credit.number()),
                        not(containsString(">" + kept.number() + "<")))));
        mvc.perform(get("/admin/fakturor").param("q", marker).param("ar", "1999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3 dokument")));
        mvc.perform(get("/admin/fakturor").param("q", marker).param("ar", Integer.toString(kept.issueDate().getYear() + 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Inga fakturor matchar din sökning")));
        mvc.perform(get("/admin/fakturor").param("typ", "<script>").param("sida", "-4").param("korning", "x"))
                .andExpect(status().isOk());
    }

    @Test
    void theRunExportHasOneRowPerLineOfTheRunsInvoicesAndTheirCreditNotes() throws Exception {
        byte[] csv = mvc.perform(get("/admin/fakturor/export").param("korning", Long.toString(runId)).param("format", "csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsByteArray();

        String text = new String(csv, StandardCharsets.UTF_8);
        List<String> rows = text.lines().toList();
        assertThat(text).startsWith("\ufeffTyp;Nummer;Datum;");
        assertThat(rows).hasSize(1 + 2 + 2);
        assertThat(rows.get(1)).startsWith("Faktura;" + credited.number() + ";").contains(";Deltagaravgift 2027, Åsa Öberg;1;900,00;900,00;25;3400,50;225,00;3625,50;");
        assertThat(rows.get(2)).contains(";Studieresa till Göteborg;1;2500,50;2500,50;0;");
        assertThat(rows.get(3)).startsWith("Kreditfaktura;" + credit.number() + ";").contains(";" + credited.number() + ";Karlskoga kommun;");
        assertThat(text).doesNotContain(kept.number());
    }

    @Test
    void eachDocumentDownloadsAsPdfAndAsPeppolXml() throws Exception {
        byte[] pdf = mvc.perform(get("/admin/fakturor/{id}/pdf", credit.id()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("kreditfaktura-" + credit.number() + ".pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(InvoicePdfTest.text(pdf)).contains("Kreditfaktura", credit.number(), credited.number());

        String xml = mvc.perform(get("/admin/fakturor/{id}/xml", kept.id()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/xml"))
                .andExpect(header().string("Content-Disposition", containsString("faktura-" + kept.number() + ".xml")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(xml).contains("<cbc:ID>" + kept.number() + "</cbc:ID>", PeppolUbl.CUSTOMIZATION_ID);
    }

    @Test
    void anUnknownDocumentIsNotFound() throws Exception {
        mvc.perform(get("/admin/fakturor/{id}/pdf", Long.MAX_VALUE)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/fakturor/{id}/xml", "abc")).andExpect(status().isNotFound());
    }

    @Test
    void onlyStaffSeeInvoices() throws Exception {
        mvc.perform(get("/admin/fakturor").with(TestSignIn.as(TestSignIn.user(42, Role.COORDINATOR, java.util.Set.of(1L)))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/fakturor/{id}/pdf", kept.id())
                        .with(TestSignIn.as(TestSignIn.user(43, Role.PARTICIPANT, java.util.Set.of()))))
                .andExpect(status().isForbidden());
    }
}
