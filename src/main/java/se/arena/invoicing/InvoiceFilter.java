package se.arena.invoicing;

import se.arena.web.FormValues;

/**
 * What staff asked the list of issued documents for. Blank or unknown values mean "no filter".
 *
 * @param year  the year of the number series (the issue year)
 * @param query part of the number, the buyer's name or a reference
 * @param runId the invoices of one invoice run and the credit notes that correct them
 */
public record InvoiceFilter(DocumentKind kind, Integer year, String query, Long runId) {

    public static final InvoiceFilter ALL = new InvoiceFilter(null, null, null, null);

    public static InvoiceFilter of(String kind, String year, String query) {
        return new InvoiceFilter(DocumentKind.parse(kind), parseYear(year), FormValues.orNull(query), null);
    }

    public static InvoiceFilter ofRun(long runId) {
        return new InvoiceFilter(null, null, null, runId);
    }

    private static Integer parseYear(String year) {
        try {
            int value = Integer.parseInt(year == null ? "" : year.strip());
            return value >= 2000 && value <= 2999 ? value : null;
        } catch (NumberFormatException notAYear) {
            return null;
        }
    }
}
