package se.arena.invoicing;

/**
 * Invoices and credit notes, each numbered in its own gap-free series per year: 2027-00001 for
 * invoices, K2027-00001 for credit notes. Separate series keep the invoice series free of
 * corrections (a reader sees from the number alone which kind of document it is), and Swedish
 * VAT rules allow several series as long as each is an unbroken sequence.
 */
public enum DocumentKind {

    INVOICE("Faktura", ""),
    CREDIT_NOTE("Kreditfaktura", "K");

    private final String label;
    private final String prefix;

    DocumentKind(String label, String prefix) {
        this.label = label;
        this.prefix = prefix;
    }

    public String label() {
        return label;
    }

    String number(int year, int sequence) {
        return prefix + year + "-" + String.format("%05d", sequence);
    }

    /** Blank or unknown values mean "both kinds", so a hand-edited address still shows a list. */
    public static DocumentKind parse(String value) {
        for (DocumentKind kind : values()) {
            if (kind.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return kind;
            }
        }
        return null;
    }
}
