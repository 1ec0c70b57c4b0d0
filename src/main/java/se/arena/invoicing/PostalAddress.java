package se.arena.invoicing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import se.arena.organisation.OrganisationInvoiceDetails;
import se.arena.web.FormValues;

/**
 * A postal address as an e-invoice carries it: street lines, postal code, city and a two-letter
 * country code, which Peppol requires of both seller and buyer.
 */
public record PostalAddress(String street, String additionalStreet, String postalCode, String city, String countryCode) {

    /** "123 45 Ort", "SE-123 45 Ort" or "12345 Ort": how Swedish addresses end. */
    private static final Pattern POSTAL_LINE = Pattern.compile("(?:SE-?\\s*)?(\\d{3})\\s?(\\d{2})\\s+(.+)", Pattern.CASE_INSENSITIVE);

    public PostalAddress {
        street = FormValues.orNull(street);
        additionalStreet = FormValues.orNull(additionalStreet);
        postalCode = FormValues.orNull(postalCode);
        city = FormValues.orNull(city);
        countryCode = countryCode == null || countryCode.isBlank() ? "SE" : countryCode.strip().toUpperCase(Locale.ROOT);
        if (!countryCode.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("Landskoden ska vara två bokstäver, till exempel SE.");
        }
    }

    /** The organisation's own invoice address, its unit or c/o line first as it is printed. */
    public static PostalAddress of(OrganisationInvoiceDetails details) {
        return details.additionalLine() == null
                ? new PostalAddress(details.street(), null, details.postalCode(), details.city(), "SE")
                : new PostalAddress(details.additionalLine(), details.street(), details.postalCode(), details.city(), "SE");
    }

    /**
     * Reads the free-text invoice address a person gives in their registration: one line per
     * row (or comma-separated), the last one "postal code city". What does not fit stays in the
     * street lines, so nothing typed is lost.
     */
    public static PostalAddress parse(String text) {
        List<String> lines = new ArrayList<>(text == null ? List.of()
                : Arrays.stream(text.split("[\\r\\n,]+")).map(String::strip).filter(line -> !line.isEmpty()).toList());
        String postalCode = null;
        String city = null;
        if (!lines.isEmpty()) {
            Matcher postal = POSTAL_LINE.matcher(lines.getLast());
            if (postal.matches()) {
                postalCode = postal.group(1) + " " + postal.group(2);
                city = postal.group(3).strip();
                lines.removeLast();
            }
        }
        String street = lines.isEmpty() ? null : lines.getFirst();
        String additional = lines.size() < 2 ? null : String.join(", ", lines.subList(1, lines.size()));
        return new PostalAddress(street, additional, postalCode, city, "SE");
    }

    /** The address as printed on the invoice, one line each. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (street != null) {
            lines.add(street);
        }
        if (additionalStreet != null) {
            lines.add(additionalStreet);
        }
        String postal = String.join(" ", Stream.of(postalCode, city).filter(Objects::nonNull).toList());
        if (!postal.isEmpty()) {
            lines.add(postal);
        }
        if (!"SE".equals(countryCode)) {
            lines.add(countryCode);
        }
        return lines;
    }
}
