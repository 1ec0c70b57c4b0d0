package se.arena.room;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How a room's search matches text, for every {@link RoomSearch.Source}: on PostgreSQL a full-text
 * search with the Swedish configuration (so "kommunerna" finds "kommuner"), on the embedded H2 a
 * case-insensitive LIKE of the whole query with its wildcards taken literally. Chosen once, when
 * the application starts, from the database address, as Flyway's vendor folder is.
 */
@Component
public class TextMatch {

    private final boolean fullText;

    TextMatch(@Value("${spring.datasource.url:}") String databaseUrl) {
        this.fullText = !databaseUrl.startsWith("jdbc:h2:");
    }

    /**
     * The SQL condition that the column matches the named parameter {@code :query}. On PostgreSQL
     * a GIN index on exactly {@code to_tsvector('swedish', column)} serves it (see
     * db/vendor/postgresql/V9_41__room_search.sql); without one PostgreSQL reads every row.
     *
     * @param column a column name from the caller's own SQL, never user input
     */
    public String condition(String column) {
        return fullText ? "to_tsvector('swedish', " + column + ") @@ websearch_to_tsquery('swedish', :query)"
                : "LOWER(" + column + ") LIKE :query ESCAPE '\\'";
    }

    /** What the user typed, as {@link #condition} takes it for {@code :query}: for LIKE, with % and _ meaning themselves. */
    public String parameter(String query) {
        if (fullText) {
            return query;
        }
        return "%" + query.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
