package se.arena.organisation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an e-invoice is delivered in Peppol: a four-digit scheme (ISO 6523 ICD) and an identifier
 * in it. Swedish public bodies are mostly registered under 0007 with their organisation number;
 * some under 0088 with a GLN. Both are checked the way Peppol's own rules check them, so that a
 * mistyped id is caught in the form instead of by the buyer's access point.
 */
public record PeppolId(String scheme, String identifier) {

    /** ISO 6523 scheme for Swedish organisation numbers. */
    public static final String SWEDISH_ORGANISATION_NUMBER = "0007";
    /** ISO 6523 scheme for GS1 Global Location Numbers. */
    public static final String GLN = "0088";

    private static final Pattern WRITTEN_FORM = Pattern.compile("(\\d{4}):(\\S{1,50})");
    private static final Pattern GLN_DIGITS = Pattern.compile("\\d{13}");

    public PeppolId {
        if (scheme == null || !scheme.matches("\\d{4}") || identifier == null || !identifier.matches("\\S{1,50}")) {
            throw new IllegalArgumentException("Peppol-id skrivs som schema:id, till exempel 0007:2120000019.");
        }
        if (SWEDISH_ORGANISATION_NUMBER.equals(scheme)) {
            if (!identifier.matches("\\d{10}")) {
                throw new IllegalArgumentException(
                        "Ett Peppol-id med schema 0007 är ett organisationsnummer med tio siffror utan bindestreck.");
            }
            new OrganisationNumber(identifier.substring(0, 6) + "-" + identifier.substring(6));
        }
        if (GLN.equals(scheme) && !isGln(identifier)) {
            throw new IllegalArgumentException("Ett Peppol-id med schema 0088 är ett GLN-nummer med 13 siffror och rätt kontrollsiffra.");
        }
    }

    /**
     * Reads "scheme:identifier" as people copy it from the Peppol directory, spaces around it ignored.
     *
     * @throws IllegalArgumentException with a Swedish message when it is not a well-formed id
     */
    public static PeppolId parse(String text) {
        Matcher parts = WRITTEN_FORM.matcher(text == null ? "" : text.strip());
        if (!parts.matches()) {
            throw new IllegalArgumentException("Peppol-id skrivs som schema:id, till exempel 0007:2120000019.");
        }
        return new PeppolId(parts.group(1), parts.group(2));
    }

    /** The id an organisation has in Peppol by its organisation number. */
    public static PeppolId of(OrganisationNumber number) {
        return new PeppolId(SWEDISH_ORGANISATION_NUMBER, number.value().replace("-", ""));
    }

    /** A GLN as a Peppol id under scheme 0088. */
    public static PeppolId ofGln(String gln) {
        return new PeppolId(GLN, gln);
    }

    /** Thirteen digits whose last is the GS1 check digit of the twelve before it. */
    public static boolean isGln(String value) {
        if (value == null || !GLN_DIGITS.matcher(value).matches()) {
            return false;
        }
        int sum = 0;
        for (int position = 0; position < 12; position++) {
            int digit = value.charAt(11 - position) - '0';
            sum += position % 2 == 0 ? digit * 3 : digit;
        }
        return (10 - sum % 10) % 10 == value.charAt(12) - '0';
    }

    @Override
    public String toString() {
        return scheme + ":" + identifier;
    }
}
