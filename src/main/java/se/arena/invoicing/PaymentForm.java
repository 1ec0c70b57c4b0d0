package se.arena.invoicing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import se.arena.web.FormErrors;

/** The day staff say an invoice was paid, as they typed it. */
public record PaymentForm(String paidOn) {

    static final String FIELD = "paidOn";

    /** Today, which is what staff most often mean. */
    static PaymentForm today(LocalDate today) {
        return new PaymentForm(today.toString());
    }

    /** Not in the future, and not before the invoice was issued. */
    FormErrors validate(Invoice invoice, LocalDate today) {
        FormErrors errors = new FormErrors();
        LocalDate day = date();
        if (day == null) {
            errors.add(FIELD, "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel " + today + ".");
        } else if (day.isAfter(today)) {
            errors.add(FIELD, "Betalningsdagen kan inte ligga i framtiden. Skriv dagen då pengarna kom in.");
        } else if (day.isBefore(invoice.issueDate())) {
            errors.add(FIELD, "Fakturan utfärdades " + invoice.issueDate() + ". Betalningsdagen kan inte vara tidigare.");
        }
        return errors;
    }

    LocalDate date() {
        try {
            return paidOn == null ? null : LocalDate.parse(paidOn.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
