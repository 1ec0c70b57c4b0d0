package se.arena.invoicing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What invoices and credit notes have in common once issued: a number from their series, the
 * parties, the references and the lines. Issued documents never change.
 */
public sealed interface IssuedDocument permits Invoice, CreditNote {

    long id();

    DocumentKind kind();

    String number();

    LocalDate issueDate();

    Seller seller();

    InvoiceParty buyer();

    String buyerReference();

    String orderReference();

    List<InvoiceLine> lines();

    Long networkId();

    Integer participationYear();

    Long organisationId();

    Long runId();

    Instant issuedAt();

    /** Who issued it, as the audit log names people. */
    String issuedBy();

    default InvoiceTotals totals() {
        return InvoiceTotals.of(lines());
    }

    /** The file name of its PDF and XML, without extension: "faktura-2027-00001". */
    default String fileName() {
        return (kind() == DocumentKind.INVOICE ? "faktura-" : "kreditfaktura-") + number();
    }
}
