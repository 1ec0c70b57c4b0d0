package se.arena.invoicing;

import java.util.List;

import se.arena.web.FormValues;

/**
 * An invoice as an invoice run proposes it, before it has a number. Issuing it is final.
 *
 * @param buyerReference    the buyer's reference (for a municipality often a code that routes the
 *                          invoice to the right unit); Swedish public bodies reject e-invoices without one
 * @param orderReference    the buyer's order or agreement number, if any
 * @param networkId         the network invoiced for, if any
 * @param participationYear the year of participation invoiced for, if any
 * @param organisationId    the member organisation that is the buyer, if any
 * @param runId             the invoice run that proposed it, if any
 * @param issueKey          the caller's unique key for this draft (e.g. "run-12/organisation-34"):
 *                          issuing the same draft again returns the invoice issued the first time
 * @param items             what an invoice run's draft covers ("seat-12", "sign-up-34"), each invoiced once
 *                          per network and year, one per line in the lines' order; empty for an invoice outside a run
 */
public record DraftInvoice(InvoiceParty buyer, String buyerReference, String orderReference, List<InvoiceLine> lines,
                           Long networkId, Integer participationYear, Long organisationId, Long runId, String issueKey,
                           List<String> items) {

    /** A draft that covers no run items. */
    public DraftInvoice(InvoiceParty buyer, String buyerReference, String orderReference, List<InvoiceLine> lines,
                        Long networkId, Integer participationYear, Long organisationId, Long runId, String issueKey) {
        this(buyer, buyerReference, orderReference, lines, networkId, participationYear, organisationId, runId, issueKey, List.of());
    }

    public DraftInvoice {
        if (buyer == null) {
            throw new IllegalArgumentException("Fakturan behöver en köpare.");
        }
        buyerReference = FormValues.orNull(buyerReference);
        orderReference = FormValues.orNull(orderReference);
        // Peppol rule PEPPOL-EN16931-R003: one of the two must be there for the buyer to route the invoice.
        if (buyerReference == null && orderReference == null) {
            throw new IllegalArgumentException("Ange köparens referens eller ordernummer: offentliga organisationer tar inte emot e-fakturor utan.");
        }
        if (buyerReference != null && buyerReference.length() > 200 || orderReference != null && orderReference.length() > 200) {
            throw new IllegalArgumentException("Referens och ordernummer får vara högst 200 tecken.");
        }
        lines = lines == null ? List.of() : List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("Fakturan behöver minst en rad.");
        }
        if (InvoiceTotals.of(lines).net().ore() <= 0) {
            throw new IllegalArgumentException("Fakturan har inget att betala: kostnadsfria nätverk faktureras inte.");
        }
        issueKey = FormValues.orNull(issueKey);
        if (issueKey == null || issueKey.length() > 200) {
            throw new IllegalArgumentException("A draft needs an issue key of at most 200 characters");
        }
        items = items == null ? List.of() : List.copyOf(items);
        if (!items.isEmpty() && (networkId == null || participationYear == null)) {
            throw new IllegalArgumentException("Run items belong to a network and a year");
        }
        if (!items.isEmpty() && items.size() != lines.size()) {
            throw new IllegalArgumentException("A run's draft has one item per line");
        }
    }
}
