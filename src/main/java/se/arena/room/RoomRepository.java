package se.arena.room;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Threads, posts, read markers, mail choices and speakers of rooms. Every address is stored lower-case. */
@Repository
class RoomRepository {

    private static final String SELECT_POST = """
            SELECT id, thread_id, network_id, author_email, author_name, body, created_at, edited_at, hidden_at FROM room_post
            """;

    private static final String SELECT_THREAD = """
            SELECT t.id, t.network_id, t.title, t.started_by, t.created_at, t.last_post_at, t.post_count, COALESCE(r.last_read_post_id, 0) AS last_read_post_id,
                   CASE WHEN t.last_post_id > COALESCE(r.last_read_post_id, 0) THEN TRUE ELSE FALSE END AS unread,
                   t.subgroup_id, g.name AS subgroup_name
            FROM room_thread t LEFT JOIN room_read r ON r.thread_id = t.id AND r.email = :reader
                 LEFT JOIN room_subgroup g ON g.id = t.subgroup_id
            """;

    private final JdbcClient jdbc;

    RoomRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param subgroupId the sub-group the thread belongs to, null for the whole room */
    long insertThread(long networkId, Long subgroupId, String title, String startedBy, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO room_thread (network_id, subgroup_id, title, started_by, created_at, last_post_at)
                VALUES (:network, :subgroup, :title, :by, :now, :now)
                """)
                .param("network", networkId).param("subgroup", subgroupId, Types.BIGINT).param("title", title).param("by", startedBy)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /**
     * Inserts unless the same form was submitted before, and brings the thread's latest activity up to date.
     *
     * @return the new post's id, or empty when the form had been submitted before
     */
    Optional<Long> insertPostOnce(long threadId, long networkId, String email, String name, String body, String submissionKey,
                                  Instant now) {
        int inserted = jdbc.sql("""
                    INSERT INTO room_post (thread_id, network_id, author_email, author_name, body, submission_key, created_at)
                    SELECT :thread, :network, :email, :name, :body, :key, :now
                    WHERE NOT EXISTS (SELECT 1 FROM room_post WHERE submission_key = :key)
                    """)
                    .param("thread", threadId).param("network", networkId).param("email", email).param("name", name)
                    .param("body", body).param("key", submissionKey).param("now", Timestamp.from(now))
                    .update();
        if (inserted == 0) {
            return Optional.empty();
        }
        long id = jdbc.sql("SELECT id FROM room_post WHERE submission_key = :key").param("key", submissionKey).query(Long.class).single();
        jdbc.sql("""
                UPDATE room_thread SET last_post_id = :post, last_post_at = :now, post_count = post_count + 1 WHERE id = :thread
                """)
                .param("post", id).param("now", Timestamp.from(now)).param("thread", threadId).update();
        return Optional.of(id);
    }

    /** A thread of the room, if the scope lets the reader see it. */
    Optional<RoomThread> findThread(long networkId, long threadId, String reader, SubGroupScope scope) {
        return jdbc.sql(SELECT_THREAD + "WHERE t.network_id = :network AND t.id = :thread AND " + scope.condition("t.subgroup_id"))
                .param("reader", reader).param("network", networkId).param("thread", threadId).param("groups", scope.ids())
                .query(RoomThread.class).optional();
    }

    /** The threads the scope lets the reader see, latest activity first: one read, whatever the number of threads and posts. */
    List<RoomThread> threads(long networkId, String reader, SubGroupScope scope, int offset, int limit) {
        return jdbc.sql(SELECT_THREAD + "WHERE t.network_id = :network AND " + scope.condition("t.subgroup_id")
                        + " ORDER BY t.last_post_at DESC, t.id DESC LIMIT :limit OFFSET :offset")
                .param("reader", reader).param("network", networkId).param("groups", scope.ids()).param("limit", limit).param("offset", offset)
                .query(RoomThread.class).list();
    }

    long countThreads(long networkId, SubGroupScope scope) {
        return jdbc.sql("SELECT count(*) FROM room_thread WHERE network_id = :network AND " + scope.condition("subgroup_id"))
                .param("network", networkId).param("groups", scope.ids()).query(Long.class).single();
    }

    /** One sub-group's threads, latest activity first; the caller has checked the reader may see the group. */
    List<RoomThread> groupThreads(long networkId, long subgroupId, String reader, int offset, int limit) {
        return jdbc.sql(SELECT_THREAD + "WHERE t.network_id = :network AND t.subgroup_id = :subgroup"
                        + " ORDER BY t.last_post_at DESC, t.id DESC LIMIT :limit OFFSET :offset")
                .param("reader", reader).param("network", networkId).param("subgroup", subgroupId).param("limit", limit).param("offset", offset)
                .query(RoomThread.class).list();
    }

    long countGroupThreads(long networkId, long subgroupId) {
        return jdbc.sql("SELECT count(*) FROM room_thread WHERE network_id = :network AND subgroup_id = :subgroup")
                .param("network", networkId).param("subgroup", subgroupId).query(Long.class).single();
    }

    List<Post> posts(long threadId) {
        return jdbc.sql(SELECT_POST + "WHERE thread_id = :thread ORDER BY id").param("thread", threadId).query(Post.class).list();
    }

    /** The thread a form already wrote to, for a second submit of it. */
    Optional<Long> threadOfSubmission(String submissionKey) {
        return jdbc.sql("SELECT thread_id FROM room_post WHERE submission_key = :key").param("key", submissionKey)
                .query(Long.class).optional();
    }

    /** A post of the room, if the scope lets the reader see its thread. */
    Optional<Post> findPost(long networkId, long postId, SubGroupScope scope) {
        return jdbc.sql("""
                SELECT p.id, p.thread_id, p.network_id, p.author_email, p.author_name, p.body, p.created_at, p.edited_at, p.hidden_at
                FROM room_post p JOIN room_thread t ON t.id = p.thread_id
                WHERE p.network_id = :network AND p.id = :post AND """ + scope.condition("t.subgroup_id"))
                .param("network", networkId).param("post", postId).param("groups", scope.ids()).query(Post.class).optional();
    }

    /** The newest visible posts of the room that the scope lets the reader see, newest first. */
    List<RecentPost> recentPosts(long networkId, SubGroupScope scope, int limit) {
        return jdbc.sql("""
                SELECT p.id, p.thread_id, t.title AS thread_title, t.subgroup_id, p.author_email, p.author_name, p.body, p.created_at
                FROM room_post p JOIN room_thread t ON t.id = p.thread_id
                WHERE p.network_id = :network AND p.hidden_at IS NULL AND """ + scope.condition("t.subgroup_id") + """
                 ORDER BY p.id DESC LIMIT :limit""")
                .param("network", networkId).param("groups", scope.ids()).param("limit", limit).query(RecentPost.class).list();
    }

    /** Visible posts after {@code afterPostId}, oldest first, at most {@code limit}. */
    List<RecentPost> postsAfter(long networkId, long afterPostId, int limit) {
        return jdbc.sql("""
                SELECT p.id, p.thread_id, t.title AS thread_title, t.subgroup_id, p.author_email, p.author_name, p.body, p.created_at
                FROM room_post p JOIN room_thread t ON t.id = p.thread_id
                WHERE p.network_id = :network AND p.id > :after AND p.hidden_at IS NULL ORDER BY p.id LIMIT :limit
                """)
                .param("network", networkId).param("after", afterPostId).param("limit", limit).query(RecentPost.class).list();
    }

    /** Only the author, and only while the post is visible and within the edit window (checked by the caller). */
    boolean updateBody(long postId, String email, String body, Instant now) {
        return jdbc.sql("UPDATE room_post SET body = :body, edited_at = :now WHERE id = :post AND author_email = :email AND hidden_at IS NULL")
                .param("body", body).param("now", Timestamp.from(now)).param("post", postId).param("email", email)
                .update() == 1;
    }

    boolean hide(long postId, String by, Instant now) {
        return jdbc.sql("UPDATE room_post SET hidden_at = :now, hidden_by = :by WHERE id = :post AND hidden_at IS NULL")
                .param("now", Timestamp.from(now)).param("by", by).param("post", postId).update() == 1;
    }

    /** Moves the reader's marker forward, never back (an old tab reloaded marks nothing unread again). */
    void markRead(long threadId, String email, long postId) {
        int moved = jdbc.sql("UPDATE room_read SET last_read_post_id = :post WHERE thread_id = :thread AND email = :email AND last_read_post_id < :post")
                .param("post", postId).param("thread", threadId).param("email", email).update();
        if (moved == 0) {
            try {
                jdbc.sql("""
                        INSERT INTO room_read (thread_id, email, last_read_post_id) SELECT :thread, :email, :post
                        WHERE NOT EXISTS (SELECT 1 FROM room_read WHERE thread_id = :thread AND email = :email)
                        """)
                        .param("post", postId).param("thread", threadId).param("email", email).update();
            } catch (DuplicateKeyException readInAnotherTabAtOnce) {
                // the other tab's marker is as good as this one's
            }
        }
    }

    Optional<NotificationChoice> choice(long networkId, String email) {
        return jdbc.sql("SELECT choice FROM room_notification WHERE network_id = :network AND email = :email")
                .param("network", networkId).param("email", email).query(String.class).optional().map(NotificationChoice::valueOf);
    }

    /** Only those who chose something other than the default. */
    Map<String, NotificationChoice> choices(long networkId) {
        return jdbc.sql("SELECT email, choice FROM room_notification WHERE network_id = :network").param("network", networkId)
                .query((rs, row) -> Map.entry(rs.getString("email"), NotificationChoice.valueOf(rs.getString("choice"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void saveChoice(long networkId, String email, NotificationChoice choice) {
        int updated = jdbc.sql("UPDATE room_notification SET choice = :choice WHERE network_id = :network AND email = :email")
                .param("choice", choice.name()).param("network", networkId).param("email", email).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO room_notification (network_id, email, choice) VALUES (:network, :email, :choice)")
                    .param("choice", choice.name()).param("network", networkId).param("email", email).update();
        }
    }

    /** Rooms with visible posts that no digest has covered yet. */
    List<Long> roomsWithUndigestedPosts() {
        return jdbc.sql("""
                SELECT DISTINCT p.network_id FROM room_post p LEFT JOIN room_digest d ON d.network_id = p.network_id
                WHERE p.hidden_at IS NULL AND p.id > COALESCE(d.through_post_id, 0)
                """).query(Long.class).list();
    }

    long digestedThrough(long networkId) {
        return jdbc.sql("SELECT through_post_id FROM room_digest WHERE network_id = :network").param("network", networkId)
                .query(Long.class).optional().orElse(0L);
    }

    /**
     * Claims the posts up to {@code throughPostId} for this run's digest.
     *
     * @return false when another run has moved the digest on since {@code from} was read
     */
    boolean advanceDigest(long networkId, long from, long throughPostId) {
        if (from == 0) {
            try {
                return jdbc.sql("INSERT INTO room_digest (network_id, through_post_id) VALUES (:network, :through)")
                        .param("network", networkId).param("through", throughPostId).update() == 1;
            } catch (DuplicateKeyException claimedByAnotherRun) {
                return false;
            }
        }
        return jdbc.sql("UPDATE room_digest SET through_post_id = :through WHERE network_id = :network AND through_post_id = :from")
                .param("through", throughPostId).param("network", networkId).param("from", from).update() == 1;
    }

    List<Speaker> speakers(long networkId) {
        return jdbc.sql("SELECT network_id, email, name FROM room_speaker WHERE network_id = :network ORDER BY name")
                .param("network", networkId).query(Speaker.class).list();
    }

    List<Speaker> speakerRoomsOf(String email) {
        return jdbc.sql("SELECT network_id, email, name FROM room_speaker WHERE email = :email ORDER BY network_id")
                .param("email", email).query(Speaker.class).list();
    }

    Optional<Speaker> speaker(long networkId, String email) {
        return jdbc.sql("SELECT network_id, email, name FROM room_speaker WHERE network_id = :network AND email = :email")
                .param("network", networkId).param("email", email).query(Speaker.class).optional();
    }

    /** @return false when the address was invited before */
    boolean insertSpeaker(long networkId, String email, String name, String invitedBy, Instant now) {
        try {
            return jdbc.sql("""
                    INSERT INTO room_speaker (network_id, email, name, invited_at, invited_by)
                    SELECT :network, :email, :name, :now, :by WHERE NOT EXISTS
                        (SELECT 1 FROM room_speaker WHERE network_id = :network AND email = :email)
                    """)
                    .param("network", networkId).param("email", email).param("name", name).param("now", Timestamp.from(now))
                    .param("by", invitedBy).update() == 1;
        } catch (DuplicateKeyException invitedTwiceAtOnce) {
            return false;
        }
    }

    /** @return false when the address was not, or no longer, a speaker in the room */
    boolean deleteSpeaker(long networkId, String email) {
        return jdbc.sql("DELETE FROM room_speaker WHERE network_id = :network AND email = :email")
                .param("network", networkId).param("email", email).update() == 1;
    }

    void deleteChoice(long networkId, String email) {
        jdbc.sql("DELETE FROM room_notification WHERE network_id = :network AND email = :email")
                .param("network", networkId).param("email", email).update();
    }

    /** A speaker staff invited to a room. */
    record Speaker(long networkId, String email, String name) {
    }
}
