package se.arena.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The files attached to activities. */
@Repository
class DocumentRepository {

    private static final String SELECT_DOCUMENT = """
            SELECT id, activity_id, file_name, content_type, size_bytes, uploaded_at, withdrawn_at FROM activity_document
            """;

    /** A network's activities that participants may see: never a draft. */
    private static final String NETWORK_ACTIVITIES = """
            SELECT a.id FROM activity a JOIN activity_network n ON n.activity_id = a.id WHERE n.network_id = :network AND a.status <> 'DRAFT'
            """;

    private final JdbcClient jdbc;

    DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long activityId, String fileName, String contentType, byte[] content, String uploadedBy, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO activity_document (activity_id, file_name, content_type, size_bytes, content, uploaded_at, uploaded_by)
                VALUES (:activity, :name, :type, :size, :content, :now, :by)
                """)
                .param("activity", activityId).param("name", fileName).param("type", contentType)
                .param("size", content.length).param("content", content).param("now", Timestamp.from(now))
                .param("by", uploadedBy)
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    /** @return false when it was withdrawn already */
    boolean withdraw(long id, Instant now) {
        return jdbc.sql("UPDATE activity_document SET withdrawn_at = :now WHERE id = :id AND withdrawn_at IS NULL")
                .param("now", Timestamp.from(now)).param("id", id).update() == 1;
    }

    List<ActivityDocument> allOf(long activityId, boolean withWithdrawn) {
        return jdbc.sql(SELECT_DOCUMENT + "WHERE activity_id = :activity" + (withWithdrawn ? "" : " AND withdrawn_at IS NULL")
                        + " ORDER BY id DESC")
                .param("activity", activityId).query(DocumentRepository::document).list();
    }

    Optional<ActivityDocument> find(long activityId, long id) {
        return jdbc.sql(SELECT_DOCUMENT + "WHERE id = :id AND activity_id = :activity").param("id", id)
                .param("activity", activityId).query(DocumentRepository::document).optional();
    }

    List<ActivityDocument> shownInNetwork(long networkId) {
        return jdbc.sql(SELECT_DOCUMENT + "WHERE withdrawn_at IS NULL AND activity_id IN (" + NETWORK_ACTIVITIES + ") ORDER BY id DESC")
                .param("network", networkId).query(DocumentRepository::document).list();
    }

    Optional<ActivityDocument> findShownInNetwork(long networkId, long id) {
        return jdbc.sql(SELECT_DOCUMENT + "WHERE id = :id AND withdrawn_at IS NULL AND activity_id IN (" + NETWORK_ACTIVITIES + ")")
                .param("id", id).param("network", networkId).query(DocumentRepository::document).optional();
    }

    byte[] content(long id) {
        return jdbc.sql("SELECT content FROM activity_document WHERE id = :id").param("id", id)
                .query((rs, row) -> rs.getBytes("content")).single();
    }

    private static ActivityDocument document(ResultSet rs, int row) throws SQLException {
        return new ActivityDocument(rs.getLong("id"), rs.getLong("activity_id"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getTimestamp("uploaded_at").toInstant(),
                rs.getTimestamp("withdrawn_at") != null);
    }
}
