package se.arena.organisation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Swedish organisationsnummer, written NNNNNN-NNNN. The last digit is a Luhn check digit,
 * which catches most typing mistakes when staff fill in or correct a number.
 */
public record OrganisationNumber(String value) {

    private static final Pattern WRITTEN_FORM = Pattern.compile("\\d{6}-\\d{4}");

    public OrganisationNumber {
        if (value == null || !WRITTEN_FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("Organisationsnumret ska skrivas som NNNNNN-NNNN.");
        }
        if (!passesLuhnCheck(value.replace("-", ""))) {
            throw new IllegalArgumentException("Organisationsnumret har fel kontrollsiffra.");
        }
    }

    /** Accepts the usual ways people write the number: with or without the hyphen, with spaces. */
    public static Optional<OrganisationNumber> parse(String input) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        String digits = input.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{10}")) {
            throw new IllegalArgumentException("Organisationsnumret ska ha tio siffror, till exempel 212000-0019.");
        }
        return Optional.of(new OrganisationNumber(digits.substring(0, 6) + "-" + digits.substring(6)));
    }

    private static boolean passesLuhnCheck(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    @Override
    public String toString() {
        return value;
    }
}
