package se.arena.web;

/**
 * The one way Arena writes a number with its noun: "1 faktura" but "0 fakturor" and "3 fakturor".
 * Swedish takes the singular after exactly one, so a page that always writes the plural says
 * "Utfärda 1 fakturor".
 *
 * <ul>
 *   <li>Pages and e-mails: {@code ${#counts.of(n, 'faktura', 'fakturor')}} ({@link ArenaDialect}).</li>
 *   <li>Java code that writes text: {@link #of(long, String, String)}.</li>
 * </ul>
 */
public final class SwedishCount {

    private SwedishCount() {
    }

    /**
     * @param one  the noun after 1, e.g. "anmälan"
     * @param many the noun after any other number, e.g. "anmälningar"
     */
    public static String of(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
