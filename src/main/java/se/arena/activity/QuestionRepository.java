package se.arena.activity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class QuestionRepository {

    private static final String SELECT_QUESTION = """
            SELECT q.id, q.activity_id, q.sign_up_id, s.name, q.question, q.status, q.created_at
            FROM activity_question q JOIN activity_sign_up s ON s.id = q.sign_up_id
            """;

    private final JdbcClient jdbc;

    QuestionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts unless the same form was submitted before; the unique key makes a double click ask once. */
    void insertOnce(long activityId, long signUpId, String question, String submissionKey, Instant now) {
        jdbc.sql("""
                INSERT INTO activity_question (activity_id, sign_up_id, question, status, submission_key, created_at)
                SELECT :activity, :signUp, :question, 'OPEN', :key, :now
                WHERE NOT EXISTS (SELECT 1 FROM activity_question WHERE submission_key = :key)
                """)
                .param("activity", activityId).param("signUp", signUpId).param("question", question)
                .param("key", submissionKey).param("now", Timestamp.from(now))
                .update();
    }

    /** Oldest first, as they were asked. */
    List<Question> allOf(long activityId) {
        return jdbc.sql(SELECT_QUESTION + "WHERE q.activity_id = :activity ORDER BY q.created_at, q.id")
                .param("activity", activityId)
                .query((rs, row) -> new Question(rs.getLong("id"), rs.getLong("activity_id"), rs.getLong("sign_up_id"),
                        rs.getString("name"), rs.getString("question"), QuestionStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** @return false when the question is not the activity's */
    boolean mark(long activityId, long questionId, QuestionStatus status, String handledBy, Instant now) {
        return jdbc.sql("""
                UPDATE activity_question SET status = :status, handled_by = :by, handled_at = :now
                WHERE id = :id AND activity_id = :activity
                """)
                .param("status", status.name()).param("by", handledBy).param("now", Timestamp.from(now))
                .param("id", questionId).param("activity", activityId)
                .update() == 1;
    }
}
