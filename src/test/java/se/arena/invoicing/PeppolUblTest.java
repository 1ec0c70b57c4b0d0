package se.arena.invoicing;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.helger.diver.api.coord.DVRCoordinate;

import se.arena.Money;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of document Arena issues passes the official Peppol BIS Billing 3.0 validation. */
class PeppolUblTest {

    @Test
    void anInvoiceOfParticipationFeesPassesThePeppolRules() {
        Invoice invoice = TestDocuments.invoice(List.of(TestDocuments.fee("Åsa Öberg"), TestDocuments.fee("Per Ärlig"),
                TestDocuments.fee("Lars Lund")));

        byte[] xml = PeppolUbl.xml(invoice);

        assertPasses(xml, PeppolRules.INVOICE);
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains(PeppolUbl.CUSTOMIZATION_ID, PeppolUbl.PROFILE_ID,
                "<cbc:BuyerReference>KS-4711 Åsa Öberg</cbc:BuyerReference>",
                "<cbc:EndpointID schemeID=\"0007\">2120001991</cbc:EndpointID>",
                "<cbc:CompanyID>SE802500000401</cbc:CompanyID>", "<cbc:CompanyID>Godkänd för F-skatt</cbc:CompanyID>",
                "<cbc:ID>SE:BANKGIRO</cbc:ID>", "<cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>",
                "<cbc:TaxAmount currencyID=\"SEK\">675.00</cbc:TaxAmount>",
                "<cbc:PayableAmount currencyID=\"SEK\">3375.00</cbc:PayableAmount>");
    }

    @Test
    void anInvoiceWithSeveralVatRatesAndAVatFreeLinePassesThePeppolRules() {
        Invoice invoice = TestDocuments.invoice(List.of(
                TestDocuments.fee("Åsa Öberg"),
                new InvoiceLine("Studieresa till Göteborg, resa och logi", 2, new Money(1_234_567), 0),
                new InvoiceLine("Konferensmiddag", 3, new Money(33_333), 120),
                new InvoiceLine("Dokumentation, tryckt", 1, new Money(9_999), 60)));

        assertPasses(PeppolUbl.xml(invoice), PeppolRules.INVOICE);
    }

    @Test
    void aCreditNoteThatReferencesTheInvoicePassesThePeppolRules() {
        Invoice invoice = TestDocuments.invoice(List.of(TestDocuments.fee("Åsa Öberg"), TestDocuments.fee("Per Ärlig")));
        CreditNote credit = TestDocuments.creditNote(invoice, List.of(TestDocuments.fee("Per Ärlig")));

        byte[] xml = PeppolUbl.xml(credit);

        assertPasses(xml, PeppolRules.CREDIT_NOTE);
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>",
                "<cac:InvoiceDocumentReference>", "<cbc:ID>2027-00001</cbc:ID>", "<cbc:IssueDate>2027-02-01</cbc:IssueDate>");
    }

    /** The control: the same rules do find mistakes, in the sums and against the Swedish national rules. */
    @Test
    void theRulesRejectATotalThatDoesNotAddUpAndABankgiroNumberOfTheWrongLength() {
        Invoice invoice = TestDocuments.invoice(List.of(TestDocuments.fee("Åsa Öberg")));
        String xml = new String(PeppolUbl.xml(invoice), StandardCharsets.UTF_8);

        String wrongTotal = xml.replace("<cbc:PayableAmount currencyID=\"SEK\">1125.00</cbc:PayableAmount>",
                "<cbc:PayableAmount currencyID=\"SEK\">1125.01</cbc:PayableAmount>");
        String shortBankgiro = xml.replace("<cbc:ID>50501055</cbc:ID>", "<cbc:ID>50501</cbc:ID>");

        assertThat(wrongTotal).isNotEqualTo(xml);
        assertThat(shortBankgiro).isNotEqualTo(xml);
        assertThat(PeppolRules.validate(wrongTotal.getBytes(StandardCharsets.UTF_8), PeppolRules.INVOICE).errors())
                .anySatisfy(error -> assertThat(error).contains("BR-CO-16"));
        // the Swedish rules on bankgiro are warnings in the official rule set
        assertThat(PeppolRules.validate(shortBankgiro.getBytes(StandardCharsets.UTF_8), PeppolRules.INVOICE).warnings())
                .anySatisfy(warning -> assertThat(warning).contains("SE-R-009"));
    }

    private static void assertPasses(byte[] xml, DVRCoordinate rules) {
        PeppolRules.Outcome outcome = PeppolRules.validate(xml, rules);
        assertThat(outcome.errors()).as(new String(xml, StandardCharsets.UTF_8)).isEmpty();
        assertThat(outcome.warnings()).as("not even a warning").isEmpty();
        assertThat(outcome.layersRun()).as("every layer of the rules ran").isEqualTo(outcome.layers()).isGreaterThanOrEqualTo(3);
    }
}
