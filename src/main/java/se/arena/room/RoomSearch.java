package se.arena.room;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search in a room: asks each {@link Source} (threads and posts here; documents add their own) for
 * its newest hits and merges them, newest first. Each source answers with a bounded number of
 * statements, so a search costs the same whatever the room holds.
 */
@Service
public class RoomSearch {

    public static final int MAX_QUERY_LENGTH = 200;
    static final int PAGE_SIZE = 50;
    /** "Visa fler" goes this far; beyond it a narrower search helps more than a longer list. */
    static final int MAX_SHOWN = 200;

    private final List<Source> sources;

    RoomSearch(List<Source> sources) {
        this.sources = sources;
    }

    /**
     * Something in a room that can be searched. Implement it as a Spring bean and the room's
     * search page includes its hits; it must leave out anything the reader may not see.
     */
    public interface Source {

        /**
         * At most {@code limit} hits for the query, newest first, with a bounded number of statements.
         *
         * @param query stripped, not empty, at most {@link #MAX_QUERY_LENGTH} characters
         */
        List<SearchHit> search(RoomMember reader, String query, int limit);
    }

    /** @param more whether there are more hits than shown */
    public record Results(List<SearchHit> hits, boolean more) {
    }

    /** @param shown how many hits to show; kept between one page and {@link #MAX_SHOWN} */
    @Transactional(readOnly = true)
    public Results search(RoomMember reader, String query, int shown) {
        int limit = Math.clamp(shown, PAGE_SIZE, MAX_SHOWN);
        // one more than shown tells whether there are more
        List<SearchHit> hits = sources.stream().flatMap(source -> source.search(reader, query, limit + 1).stream())
                .sorted(SearchHit.NEWEST_FIRST).toList();
        return new Results(hits.subList(0, Math.min(limit, hits.size())), hits.size() > limit);
    }
}
