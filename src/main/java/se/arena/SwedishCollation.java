package se.arena;

import java.text.Collator;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Swedish alphabetical order (… X, Y, Z, Å, Ä, Ö) that both databases can sort by.
 * Neither H2 nor a PostgreSQL database created with the C locale orders Å before Ä, so
 * repositories store this key beside a name and ORDER BY the key instead.
 */
public final class SwedishCollation {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private SwedishCollation() {
    }

    public static String sortKey(String text) {
        Collator collator = Collator.getInstance(SWEDISH);
        collator.setStrength(Collator.TERTIARY);
        return HexFormat.of().formatHex(collator.getCollationKey(text).toByteArray());
    }

    /** Lower case for matching a search term against a stored name, å/ä/ö included. */
    public static String searchForm(String text) {
        return text.strip().toLowerCase(SWEDISH);
    }
}
