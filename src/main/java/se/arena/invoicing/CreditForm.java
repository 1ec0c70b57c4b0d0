package se.arena.invoicing;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.validation.constraints.Size;

import se.arena.web.FormErrors;

/**
 * The credit form on an invoice's page, as typed: which lines to take back, why, and the form's
 * own key, so that a double submit issues one credit note.
 *
 * @param lines the chosen lines' positions on the invoice, from 0
 */
record CreditForm(@Size(max = 500) String reason, Set<Integer> lines, String submissionKey) {

    static final String REASON = "reason";
    static final String LINES = "line";

    /** A fresh form that takes back every line. */
    static CreditForm whole(Invoice invoice) {
        return new CreditForm("", IntStream.range(0, invoice.lines().size()).boxed().collect(Collectors.toSet()),
                UUID.randomUUID().toString());
    }

    /** A fresh form that takes back the lines a credit is due for, saying why. */
    static CreditForm due(CreditsDue.CreditDue due) {
        return new CreditForm(due.reason(), Set.copyOf(due.positions()), UUID.randomUUID().toString());
    }

    /** Reads the chosen lines, ignoring positions the invoice does not have. */
    static CreditForm read(Invoice invoice, String reason, String[] lines, String submissionKey) {
        Set<Integer> chosen = lines == null ? Set.of() : Arrays.stream(lines)
                .filter(line -> line.matches("\\d{1,4}")).map(Integer::valueOf)
                .filter(line -> line < invoice.lines().size()).collect(Collectors.toSet());
        String key = submissionKey != null && submissionKey.matches("[0-9a-f-]{36}") ? submissionKey : UUID.randomUUID().toString();
        return new CreditForm(reason == null ? "" : reason, chosen, key);
    }

    FormErrors validate() {
        FormErrors errors = FormErrors.checking(this);
        if (lines.isEmpty()) {
            errors.add(LINES, "Välj minst en rad att kreditera.");
        }
        if (reason.isBlank()) {
            errors.add(REASON, "Skriv varför fakturan krediteras, till exempel Fel köpare.");
        }
        return errors;
    }

    public boolean chose(int line) {
        return lines.contains(line);
    }
}
