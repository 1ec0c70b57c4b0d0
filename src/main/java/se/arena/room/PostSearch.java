package se.arena.room;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Threads by their titles and visible posts by their text, in the reader's room only. On
 * PostgreSQL a full-text search with the Swedish configuration (so "kommunerna" finds
 * "kommuner"), served by the GIN indexes of db/vendor/postgresql/V9_41; on the embedded H2 a
 * case-insensitive LIKE of the whole query, with its wildcards taken literally. The SQL is chosen
 * once, when the application starts.
 */
@Repository
class PostSearch implements RoomSearch.Source {

    private final JdbcClient jdbc;
    private final boolean fullText;

    PostSearch(JdbcClient jdbc, @Value("${spring.datasource.url:}") String databaseUrl) {
        this.jdbc = jdbc;
        this.fullText = !databaseUrl.startsWith("jdbc:h2:");
    }

    @Override
    public List<SearchHit> search(RoomMember reader, String query, int limit) {
        return Stream.concat(threads(reader, query, limit).stream(), posts(reader, query, limit).stream()).toList();
    }

    private List<SearchHit> threads(RoomMember reader, String query, int limit) {
        return jdbc.sql("SELECT id, title, started_by, created_at FROM room_thread WHERE network_id = :network AND "
                        + matches("title") + " ORDER BY created_at DESC, id DESC LIMIT :limit")
                .param("network", reader.networkId()).param("query", parameter(query)).param("limit", limit)
                .query((rs, row) -> new SearchHit("Tråd", rs.getString("title"), "Startad av " + rs.getString("started_by"),
                        "/rum/" + reader.networkId() + "/tradar/" + rs.getLong("id"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** A hidden post is never found, not even by staff: it is hidden in the thread too. */
    private List<SearchHit> posts(RoomMember reader, String query, int limit) {
        return jdbc.sql("SELECT p.id, p.thread_id, t.title, p.author_name, p.body, p.created_at "
                        + "FROM room_post p JOIN room_thread t ON t.id = p.thread_id "
                        + "WHERE p.network_id = :network AND p.hidden_at IS NULL AND " + matches("p.body")
                        + " ORDER BY p.created_at DESC, p.id DESC LIMIT :limit")
                .param("network", reader.networkId()).param("query", parameter(query)).param("limit", limit)
                .query((rs, row) -> new SearchHit("Inlägg av " + rs.getString("author_name"), rs.getString("title"),
                        SearchHit.snippet(rs.getString("body"), query),
                        "/rum/" + reader.networkId() + "/tradar/" + rs.getLong("thread_id") + "#inlagg-" + rs.getLong("id"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** The expression must stay as the index has it, or PostgreSQL reads every post. */
    private String matches(String column) {
        return fullText ? "to_tsvector('swedish', " + column + ") @@ websearch_to_tsquery('swedish', :query)"
                : "LOWER(" + column + ") LIKE :query ESCAPE '\\'";
    }

    /** What the user typed, as the chosen SQL takes it: for LIKE, with % and _ meaning themselves. */
    private String parameter(String query) {
        if (fullText) {
            return query;
        }
        String literal = query.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }
}
