package se.arena.invoicing;

import se.arena.Money;
import se.arena.web.FormValues;

/**
 * One line of an invoice or credit note: a fee for a person and year, or an extra cost such as
 * a study trip. The line's net amount is exactly quantity × price in öre, which is how Peppol's
 * calculation rules compute it too, so no rounding happens on a line.
 *
 * @param vatRatePerMille VAT in thousandths, as the network states it (250 = 25 %); 0 for no VAT
 */
public record InvoiceLine(String description, int quantity, Money unitPrice, int vatRatePerMille) {

    public InvoiceLine {
        description = FormValues.orNull(description);
        if (description == null || description.length() > 300) {
            throw new IllegalArgumentException("Varje fakturarad behöver en beskrivning på högst 300 tecken.");
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("Antalet på en fakturarad ska vara minst 1.");
        }
        if (unitPrice == null || unitPrice.ore() < 0) {
            throw new IllegalArgumentException("Priset på en fakturarad kan inte vara negativt.");
        }
        if (vatRatePerMille < 0 || vatRatePerMille > 1000) {
            throw new IllegalArgumentException("Momssatsen ska vara mellan 0 och 100 %.");
        }
    }

    /** "25 %", "12,5 %": the VAT rate as Swedish documents print it. */
    public String vatLabel() {
        return InvoiceTotals.percent(vatRatePerMille).toPlainString().replace('.', ',') + " %";
    }

    public Money net() {
        return new Money(Math.multiplyExact(unitPrice.ore(), quantity));
    }
}
