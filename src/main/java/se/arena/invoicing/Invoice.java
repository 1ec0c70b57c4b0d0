package se.arena.invoicing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An issued invoice. Corrections are credit notes that point back to it; the invoice itself never changes. */
public record Invoice(long id, String number, LocalDate issueDate, LocalDate dueDate, Seller seller, InvoiceParty buyer,
                      String buyerReference, String orderReference, List<InvoiceLine> lines, Long networkId,
                      Integer participationYear, Long organisationId, Long runId, Instant issuedAt, String issuedBy)
        implements IssuedDocument {

    public Invoice {
        lines = List.copyOf(lines);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.INVOICE;
    }
}
