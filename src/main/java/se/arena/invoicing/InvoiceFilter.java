package se.arena.invoicing;

import se.arena.web.FormValues;

/**
 * What staff asked the list of issued documents for. Blank or unknown values mean "no filter".
 *
 * @param year    the year of the number series (the issue year)
 * @param query   part of the number, the buyer's name or a reference
 * @param runId   the invoices of one invoice run and the credit notes that correct them
 * @param payment invoices by where they stand with their payment; credit notes are then left out
 */
public record InvoiceFilter(DocumentKind kind, Integer year, String query, Long runId, PaymentChoice payment) {

    public static final InvoiceFilter ALL = new InvoiceFilter(null, null, null, null, null);

    /** The choices of the list's "Betalning" filter, with the values its address carries. */
    public enum PaymentChoice {
        UNPAID("obetalda", "Obetalda"),
        OVERDUE("forfallna", "Förfallna"),
        PAID("betalda", "Betalda");

        private final String value;
        private final String label;

        PaymentChoice(String value, String label) {
            this.value = value;
            this.label = label;
        }

        public String value() {
            return value;
        }

        public String label() {
            return label;
        }

        static PaymentChoice parse(String value) {
            for (PaymentChoice payment : values()) {
                if (payment.value.equalsIgnoreCase(value == null ? "" : value.strip())) {
                    return payment;
                }
            }
            return null;
        }
    }

    /** As the list's address gives it; {@code run} is the id of an invoice run. */
    public static InvoiceFilter of(String kind, String year, String query, String run) {
        return of(kind, year, query, run, null);
    }

    /** As the list's address gives it, {@code payment} being "obetalda", "forfallna" or "betalda". */
    public static InvoiceFilter of(String kind, String year, String query, String run, String payment) {
        return new InvoiceFilter(DocumentKind.parse(kind), parseYear(year), FormValues.orNull(query), parseRun(run),
                PaymentChoice.parse(payment));
    }

    public static InvoiceFilter ofRun(long runId) {
        return new InvoiceFilter(null, null, null, runId, null);
    }

    private static Long parseRun(String run) {
        try {
            long value = Long.parseLong(run == null ? "" : run.strip());
            return value > 0 ? value : null;
        } catch (NumberFormatException notARun) {
            return null;
        }
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
