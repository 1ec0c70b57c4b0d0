package se.arena.invoicing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import se.arena.Money;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDFs read back as text with PDFBox: every field Swedish invoices need, å, ä and ö intact. */
class InvoicePdfTest {

    @Test
    void theInvoicePdfCarriesEveryFieldInSwedish() throws IOException {
        Invoice invoice = TestDocuments.invoice(List.of(TestDocuments.fee("Åsa Öberg"), TestDocuments.fee("Per Ärlig"),
                new InvoiceLine("Studieresa till Göteborg", 1, new Money(250_050), 0)));

        String text = text(InvoicePdf.pdf(invoice));

        assertThat(text).contains("Faktura", "Fakturanummer", "2027-00001", "Fakturadatum", "2027-02-01",
                "Förfallodatum", "2027-03-03", "Betalningsvillkor", "30 dagar netto",
                "Föreningen Arena (exempel)", "Organisationsnummer: 802500-0004", "Momsregistreringsnummer: SE802500000401",
                "Godkänd för F-skatt", "Exempelgatan 1", "111 11 Stockholm",
                "Köpare", "Karlskoga kommun", "Kommunledningsförvaltningen", "Box 385", "691 83 Karlskoga",
                "Organisationsnummer: 212000-1991", "Peppol-id: 0007:2120001991",
                "Er referens", "KS-4711 Åsa Öberg", "Ordernummer", "Avtal 2027/12",
                "Deltagaravgift 2027, Åsa Öberg", "Deltagaravgift 2027, Per Ärlig", "Studieresa till Göteborg",
                "À-pris", "900 kr", "25 %", "2 500,50 kr",
                "Summa exkl. moms", "4 300,50 kr", "Moms 25 % på 1 800 kr", "450 kr",
                "Ingen moms på 2 500,50 kr: Undantaget från mervärdesskatt",
                "Att betala", "4 750,50 kr", "Bankgiro: 5050-1055", "IBAN: SE4550000000058398257466",
                "Ange fakturanummer 2027-00001 som referens");
    }

    @Test
    void theCreditNotePdfNamesTheInvoiceItCredits() throws IOException {
        Invoice invoice = TestDocuments.invoice(List.of(TestDocuments.fee("Åsa Öberg")));
        CreditNote credit = TestDocuments.creditNote(invoice, invoice.lines());

        String text = text(InvoicePdf.pdf(credit));

        assertThat(text).contains("Kreditfaktura", "Kreditfakturanummer", "K2027-00001", "2027-03-01",
                "Krediterar faktura", "2027-00001 (2027-02-01)", "Orsak", "Deltagaren avanmäld före årets start",
                "Karlskoga kommun", "Att kreditera", "1 125 kr")
                .doesNotContain("Förfallodatum", "Att betala");
    }

    @Test
    void everyFontIsEmbeddedSoÅÄÖPrintTheSameEverywhere() throws IOException {
        byte[] pdf = InvoicePdf.pdf(TestDocuments.invoice(List.of(TestDocuments.fee("Åsa Öberg"))));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            List<COSName> fonts = new ArrayList<>();
            page.getResources().getFontNames().forEach(fonts::add);
            assertThat(fonts).isNotEmpty();
            for (COSName name : fonts) {
                assertThat(page.getResources().getFont(name).isEmbedded()).as(name.getName()).isTrue();
            }
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Faktura 2027-00001");
        }
    }

    /** The text as a person reads it: no-break spaces and wrapped lines as plain spaces. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
    }
}
