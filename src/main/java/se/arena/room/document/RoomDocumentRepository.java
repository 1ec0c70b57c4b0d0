package se.arena.room.document;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import se.arena.room.SubGroupScope;
import se.arena.room.TextMatch;

/** The documents of rooms and their versions. Lists never read a file's bytes; only a download does. */
@Repository
class RoomDocumentRepository {

    private static final String SELECT_DOCUMENT = """
            SELECT d.id, d.network_id, d.title, d.activity_id, d.created_by_email, d.created_by_name, d.updated_at, d.version_count,
                   d.latest_version_id, v.file_name, v.size_bytes, d.subgroup_id, g.name AS subgroup_name
            FROM room_document d JOIN room_document_version v ON v.id = d.latest_version_id
                 LEFT JOIN room_subgroup g ON g.id = d.subgroup_id
            WHERE d.removed_at IS NULL AND d.network_id = :network
            """;

    private static final String SELECT_VERSION = """
            SELECT id, document_id, file_name, content_type, size_bytes, uploaded_at, uploaded_by_name FROM room_document_version
            """;

    private final JdbcClient jdbc;

    RoomDocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertDocument(long networkId, String title, Long activityId, Long subgroupId, String email, String name, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO room_document (network_id, title, activity_id, subgroup_id, created_by_email, created_by_name, created_at, updated_at)
                VALUES (:network, :title, :activity, :subgroup, :email, :name, :now, :now)
                """)
                .param("network", networkId).param("title", title).param("activity", activityId, java.sql.Types.BIGINT)
                .param("subgroup", subgroupId, java.sql.Types.BIGINT)
                .param("email", email).param("name", name).param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /**
     * Stores a version unless the same form was submitted before, and makes it the document's newest.
     *
     * @return false when the form had been submitted before
     */
    boolean insertVersionOnce(long documentId, NewFile file, String email, String name, String submissionKey, Instant now) {
        int inserted = jdbc.sql("""
                INSERT INTO room_document_version (document_id, file_name, content_type, size_bytes, content, uploaded_at,
                                                   uploaded_by_email, uploaded_by_name, submission_key)
                SELECT :document, :file, :type, :size, :content, :now, :email, :name, :key
                WHERE NOT EXISTS (SELECT 1 FROM room_document_version WHERE submission_key = :key)
                """)
                .param("document", documentId).param("file", file.name()).param("type", file.contentType())
                .param("size", file.content().length).param("content", file.content()).param("now", Timestamp.from(now))
                .param("email", email).param("name", name).param("key", submissionKey)
                .update();
        if (inserted == 0) {
            return false;
        }
        jdbc.sql("""
                UPDATE room_document SET latest_version_id = (SELECT id FROM room_document_version WHERE submission_key = :key),
                       version_count = version_count + 1, updated_at = :now WHERE id = :document
                """)
                .param("key", submissionKey).param("now", Timestamp.from(now)).param("document", documentId).update();
        return true;
    }

    /** The document a form already uploaded to, for a second submit of it. */
    Optional<Long> documentOfSubmission(String submissionKey) {
        return jdbc.sql("SELECT document_id FROM room_document_version WHERE submission_key = :key").param("key", submissionKey)
                .query(Long.class).optional();
    }

    /**
     * Newest first, one page of those the scope lets the reader see, in the meeting's folder when
     * one is given, and only one sub-group's when {@code subgroupId} is given.
     */
    List<RoomDocument> page(long networkId, SubGroupScope scope, Long activityId, Long subgroupId, int offset, int limit) {
        return jdbc.sql(SELECT_DOCUMENT + " AND " + scope.condition("d.subgroup_id") + inFolder(activityId) + inGroup(subgroupId)
                        + " ORDER BY d.updated_at DESC, d.id DESC LIMIT :limit OFFSET :offset")
                .param("network", networkId).param("groups", scope.ids()).param("activity", activityId, java.sql.Types.BIGINT)
                .param("subgroup", subgroupId, java.sql.Types.BIGINT)
                .param("limit", limit).param("offset", offset).query(RoomDocument.class).list();
    }

    long count(long networkId, SubGroupScope scope, Long activityId, Long subgroupId) {
        return jdbc.sql("SELECT count(*) FROM room_document d WHERE d.removed_at IS NULL AND d.network_id = :network AND "
                        + scope.condition("d.subgroup_id") + inFolder(activityId) + inGroup(subgroupId))
                .param("network", networkId).param("groups", scope.ids()).param("activity", activityId, java.sql.Types.BIGINT)
                .param("subgroup", subgroupId, java.sql.Types.BIGINT).query(Long.class).single();
    }

    /** How many documents each meeting's folder holds, of those the reader sees. */
    Map<Long, Long> countsByMeeting(long networkId, SubGroupScope scope) {
        return jdbc.sql("""
                SELECT activity_id, count(*) AS documents FROM room_document
                WHERE removed_at IS NULL AND network_id = :network AND activity_id IS NOT NULL AND """ + scope.condition("subgroup_id")
                        + " GROUP BY activity_id")
                .param("network", networkId).param("groups", scope.ids())
                .query((rs, row) -> Map.entry(rs.getLong("activity_id"), rs.getLong("documents"))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Optional<RoomDocument> find(long networkId, long documentId, SubGroupScope scope) {
        return jdbc.sql(SELECT_DOCUMENT + " AND d.id = :document AND " + scope.condition("d.subgroup_id"))
                .param("network", networkId).param("document", documentId).param("groups", scope.ids())
                .query(RoomDocument.class).optional();
    }

    /** Every version, newest first. */
    List<DocumentVersion> versions(long documentId) {
        return jdbc.sql(SELECT_VERSION + "WHERE document_id = :document ORDER BY id DESC").param("document", documentId)
                .query(DocumentVersion.class).list();
    }

    Optional<DocumentVersion> version(long documentId, long versionId) {
        return jdbc.sql(SELECT_VERSION + "WHERE document_id = :document AND id = :version")
                .param("document", documentId).param("version", versionId).query(DocumentVersion.class).optional();
    }

    byte[] content(long versionId) {
        return jdbc.sql("SELECT content FROM room_document_version WHERE id = :version").param("version", versionId)
                .query((rs, row) -> rs.getBytes("content")).single();
    }

    /** @return false when it was removed already */
    boolean remove(long documentId, String by, Instant now) {
        return jdbc.sql("UPDATE room_document SET removed_at = :now, removed_by = :by WHERE id = :document AND removed_at IS NULL")
                .param("now", Timestamp.from(now)).param("by", by).param("document", documentId).update() == 1;
    }

    /**
     * Documents whose title or newest file name holds the text, case-insensitively: a LIKE that
     * both databases answer alike, which is enough for a room of at most a few thousand documents.
     */
    /** Newest first; the condition is the room search's, which an index on the title serves on PostgreSQL. */
    List<RoomDocument> search(long networkId, SubGroupScope scope, TextMatch match, String query, int limit) {
        return jdbc.sql(SELECT_DOCUMENT + " AND " + scope.condition("d.subgroup_id") + " AND " + match.condition("d.title")
                        + " ORDER BY d.updated_at DESC, d.id DESC LIMIT :limit")
                .param("network", networkId).param("groups", scope.ids()).param("query", match.parameter(query)).param("limit", limit).query(RoomDocument.class).list();
    }

    private static String inFolder(Long activityId) {
        return activityId == null ? "" : " AND d.activity_id = :activity";
    }

    private static String inGroup(Long subgroupId) {
        return subgroupId == null ? "" : " AND d.subgroup_id = :subgroup";
    }
}
