package se.arena.insight;

import java.util.List;

import se.arena.Money;

/**
 * What one network invoiced for one participation year, credit notes subtracted.
 *
 * @param year null for documents that name no participation year
 */
public record RevenueRow(String network, Integer year, Money net, Money vat, Money total, int invoices, int creditNotes) {

    /** The rows added up, for the line under the table. */
    static RevenueRow sum(List<RevenueRow> rows) {
        long net = 0;
        long vat = 0;
        long total = 0;
        int invoices = 0;
        int creditNotes = 0;
        for (RevenueRow row : rows) {
            net += row.net().ore();
            vat += row.vat().ore();
            total += row.total().ore();
            invoices += row.invoices();
            creditNotes += row.creditNotes();
        }
        return new RevenueRow("Totalt", null, new Money(net), new Money(vat), new Money(total), invoices, creditNotes);
    }

    public String yearLabel() {
        return year == null ? "Inget år" : year.toString();
    }
}
