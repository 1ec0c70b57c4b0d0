package se.arena.room;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/**
 * Something a search in a room found, from any of {@link RoomSearch}'s sources.
 *
 * @param kind what it is, in Swedish as the list shows it: "Tråd", "Inlägg av Ida Svensson", "Dokument"
 * @param title the thread's or document's title
 * @param snippet plain text around the first place the search's words occur, or the text's beginning
 * @param link the path to open it at, inside the room, e.g. {@code /rum/12/tradar/34#inlagg-56}
 * @param at when it was written, for the newest first
 */
public record SearchHit(String kind, String title, String snippet, String link, Instant at) {

    static final Comparator<SearchHit> NEWEST_FIRST = Comparator.comparing(SearchHit::at).reversed();

    private static final int SNIPPET_LENGTH = 160;
    private static final int BEFORE_MATCH = 50;

    /**
     * A short piece of the text around the search's words, for any source to show its hits alike.
     * The database may have matched another form of a word ("kommunerna" for "kommuner"), which a
     * plain text search here does not find; then the first four letters of each longer word are
     * tried, and failing that the text's beginning is shown.
     */
    public static String snippet(String text, String query) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= SNIPPET_LENGTH) {
            return flat;
        }
        int at = firstOccurrence(flat.toLowerCase(Locale.ROOT), query.toLowerCase(Locale.ROOT));
        int start = Math.max(0, at - BEFORE_MATCH);
        int end = Math.min(flat.length(), start + SNIPPET_LENGTH);
        start = Math.max(0, Math.min(start, end - SNIPPET_LENGTH));
        if (start > 0) {
            int space = flat.indexOf(' ', start);
            start = space < 0 || space >= at ? start : space + 1;
        }
        if (end < flat.length()) {
            int space = flat.lastIndexOf(' ', end);
            end = space > Math.max(start, at) ? space : end;
        }
        return (start > 0 ? "…" : "") + flat.substring(start, end).strip() + (end < flat.length() ? "…" : "");
    }

    private static int firstOccurrence(String text, String query) {
        int whole = text.indexOf(query.strip());
        if (whole >= 0) {
            return whole;
        }
        String[] words = query.replaceAll("[\"()]", " ").split("[\\s]+");
        return Arrays.stream(words).filter(word -> !word.isBlank() && !word.startsWith("-") && !word.equals("or"))
                .mapToInt(word -> {
                    int exact = text.indexOf(word);
                    return exact >= 0 || word.length() < 5 ? exact : text.indexOf(word.substring(0, 4));
                })
                .filter(index -> index >= 0).min().orElse(0);
    }
}
