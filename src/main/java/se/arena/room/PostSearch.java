package se.arena.room;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Threads by their titles and visible posts by their text, in the reader's room only, as {@link TextMatch} matches text. */
@Repository
class PostSearch implements RoomSearch.Source {

    private final JdbcClient jdbc;
    private final TextMatch match;
    private final RoomAccess access;

    PostSearch(JdbcClient jdbc, TextMatch match, RoomAccess access) {
        this.jdbc = jdbc;
        this.match = match;
        this.access = access;
    }

    @Override
    public List<SearchHit> search(RoomMember reader, String query, int limit) {
        SubGroupScope scope = access.scope(reader);
        return Stream.concat(threads(reader, scope, query, limit).stream(), posts(reader, scope, query, limit).stream()).toList();
    }

    /** Only in threads the reader sees: a sub-group's threads are found by its members and staff alone. */
    private List<SearchHit> threads(RoomMember reader, SubGroupScope scope, String query, int limit) {
        return jdbc.sql("SELECT id, title, started_by, created_at FROM room_thread WHERE network_id = :network AND "
                        + scope.condition("subgroup_id") + " AND " + match.condition("title") + " ORDER BY created_at DESC, id DESC LIMIT :limit")
                .param("network", reader.networkId()).param("groups", scope.ids()).param("query", match.parameter(query)).param("limit", limit)
                .query((rs, row) -> new SearchHit("Tråd", rs.getString("title"), "Startad av " + rs.getString("started_by"),
                        "/rum/" + reader.networkId() + "/tradar/" + rs.getLong("id"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** A hidden post is never found, by staff either: a search finds what the room shows everyone. */
    private List<SearchHit> posts(RoomMember reader, SubGroupScope scope, String query, int limit) {
        return jdbc.sql("SELECT p.id, p.thread_id, t.title, p.author_name, p.body, p.created_at "
                        + "FROM room_post p JOIN room_thread t ON t.id = p.thread_id "
                        + "WHERE p.network_id = :network AND p.hidden_at IS NULL AND " + scope.condition("t.subgroup_id") + " AND "
                        + match.condition("p.body") + " ORDER BY p.created_at DESC, p.id DESC LIMIT :limit")
                .param("network", reader.networkId()).param("groups", scope.ids()).param("query", match.parameter(query)).param("limit", limit)
                .query((rs, row) -> new SearchHit("Inlägg av " + rs.getString("author_name"), rs.getString("title"),
                        SearchHit.snippet(rs.getString("body"), query),
                        "/rum/" + reader.networkId() + "/tradar/" + rs.getLong("thread_id") + "#inlagg-" + rs.getLong("id"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
