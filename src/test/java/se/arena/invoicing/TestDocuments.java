package se.arena.invoicing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import se.arena.Money;
import se.arena.organisation.OrganisationNumber;

/** Invoices and credit notes as records, for the tests of documents that need no database. */
final class TestDocuments {

    static final Seller SELLER = new SellerProperties(null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null).seller();

    static final InvoiceParty KARLSKOGA = InvoiceParty.of("Karlskoga kommun", new OrganisationNumber("212000-1991"),
            PostalAddress.parse("Kommunledningsförvaltningen\nBox 385\n691 83 Karlskoga"));

    private TestDocuments() {
    }

    static InvoiceLine fee(String person) {
        return new InvoiceLine("Deltagaravgift 2027, " + person, 1, Money.ofKronor(900), 250);
    }

    static Invoice invoice(List<InvoiceLine> lines) {
        LocalDate issued = LocalDate.of(2027, 2, 1);
        return new Invoice(1, "2027-00001", issued, issued.plusDays(30), SELLER, KARLSKOGA, "KS-4711 Åsa Öberg",
                "Avtal 2027/12", lines, 7L, 2027, 11L, null, Instant.parse("2027-02-01T08:00:00Z"), "handlaggare@example.org");
    }

    /** A draft for Karlskoga with a key of its own, as an invoice run would propose it. */
    static DraftInvoice draft(List<InvoiceLine> lines) {
        return draft("KS-4711 Åsa Öberg", null, lines);
    }

    static DraftInvoice draft(String buyerReference, Long runId, List<InvoiceLine> lines) {
        return new DraftInvoice(KARLSKOGA, buyerReference, null, lines, null, 2027, null, runId, "test/" + UUID.randomUUID());
    }

    /** A draft for Karlskoga's address as a run proposes it for the network, year 2028 and organisation: a fee per person, each covering their seat. */
    static DraftInvoice runDraft(long networkId, long organisationId, String issueKey, String... people) {
        return new DraftInvoice(KARLSKOGA, "KS-4711", null, Arrays.stream(people).map(TestDocuments::fee).toList(), networkId,
                2028, organisationId, null, issueKey, Arrays.stream(people).map(person -> "seat-" + person).toList());
    }

    static CreditNote creditNote(Invoice invoice, List<InvoiceLine> lines) {
        LocalDate issued = LocalDate.of(2027, 3, 1);
        return new CreditNote(2, "K2027-00001", issued, invoice.id(), invoice.number(), invoice.issueDate(),
                "Deltagaren avanmäld före årets start", SELLER, invoice.buyer(), invoice.buyerReference(),
                invoice.orderReference(), lines, invoice.networkId(), invoice.participationYear(), invoice.organisationId(),
                invoice.runId(), Instant.parse("2027-03-01T08:00:00Z"), "handlaggare@example.org");
    }
}
