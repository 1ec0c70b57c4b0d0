package se.arena.survey.feedback;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which addresses are public pages that ask "Hjälpte informationen på sidan dig?", and the key a
 * page's votes are counted under: the path without its query string, so that a list's filters
 * and page numbers count as the page itself, while the ids in a path (a network's slug, an
 * activity's number) keep one network's page apart from another's.
 */
record PageKey(String path) {

    static final int MAX_LENGTH = 200;

    /**
     * Pages an anonymous visitor cannot read, or that only carry out a step (signing in), and the
     * pages of personal links: their path holds the link's secret, which must not be stored here
     * and shown to staff.
     */
    private static final List<String> NOT_PUBLIC = List.of("/admin", "/organisation", "/mina-sidor", "/rum", "/logga-in",
            "/logga-ut", "/sidfeedback", "/api", "/actuator", "/error", "/anmalan", "/fornyelse", "/konfigurera", "/lank",
            "/aktiviteter/min-anmalan", "/aktiviteter/talare");
    /** A receipt's address holds its secret key too (/natverk/{slug}/anmalan/kvitto/{key}). */
    private static final String RECEIPT = "/kvitto/";

    /** The characters of a path as the request carries it (percent-encoded); anything else is not one of our pages. */
    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9/._~%-]*");

    /**
     * The key of a public page's address, or empty for an address that is no public page. The
     * address comes from the request or, in a vote, from the form, so it is checked the same way
     * both times: a vote cannot be counted under a staff page or under text that is no path.
     */
    static Optional<PageKey> of(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String path = address.strip();
        int query = indexOfAny(path, "?#;");
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.length() > MAX_LENGTH || !PATH.matcher(path).matches() || path.contains("//") || path.contains("/..") || !isPublic(path)) {
            return Optional.empty();
        }
        return Optional.of(new PageKey(path));
    }

    private static boolean isPublic(String path) {
        return !path.contains(RECEIPT) && NOT_PUBLIC.stream().noneMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    private static int indexOfAny(String text, String characters) {
        for (int index = 0; index < text.length(); index++) {
            if (characters.indexOf(text.charAt(index)) >= 0) {
                return index;
            }
        }
        return -1;
    }
}
