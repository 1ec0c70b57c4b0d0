package se.arena.invoicing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A kreditfaktura: it takes back all or part of an issued invoice, which it names by number and
 * date (the e-invoice's BillingReference). Its amounts are positive; it is the kind of document
 * that says they are credited.
 */
public record CreditNote(long id, String number, LocalDate issueDate, long invoiceId, String invoiceNumber,
                         LocalDate invoiceIssueDate, String reason, Seller seller, InvoiceParty buyer,
                         String buyerReference, String orderReference, List<InvoiceLine> lines, Long networkId,
                         Integer participationYear, Long organisationId, Long runId, Instant issuedAt, String issuedBy)
        implements IssuedDocument {

    public CreditNote {
        lines = List.copyOf(lines);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.CREDIT_NOTE;
    }
}
