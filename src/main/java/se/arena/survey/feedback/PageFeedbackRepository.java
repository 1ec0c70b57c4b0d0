package se.arena.survey.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.arena.Paged;

@Repository
class PageFeedbackRepository {

    private static final String COUNTS = """
            COUNT(*) AS votes, SUM(CASE WHEN helpful THEN 1 ELSE 0 END) AS yes,
                   SUM(CASE WHEN comment IS NOT NULL AND handled_at IS NULL THEN 1 ELSE 0 END) AS open_comments
              FROM page_feedback
            """;
    private static final String SUMMARY = "SELECT page, " + COUNTS;
    private static final String WHERE_FILTER = """
             WHERE created_at >= :start AND created_at < :end
               AND (:query = '' OR LOWER(page) LIKE :pattern ESCAPE '\\')
            """;

    private final JdbcClient jdbc;

    PageFeedbackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String page, boolean helpful, String comment, Instant now) {
        jdbc.sql("INSERT INTO page_feedback (page, helpful, comment, created_at) VALUES (:page, :helpful, :comment, :now)")
                .param("page", page).param("helpful", helpful).param("comment", comment, Types.VARCHAR)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** The pages with votes in the filter's period, most no first. */
    Paged<PageSummary> summaries(FeedbackFilter filter, int page, int pageSize) {
        long total = filtered(jdbc.sql("SELECT COUNT(DISTINCT page) FROM page_feedback " + WHERE_FILTER), filter)
                .query(Long.class).single();
        int shownPage = Paged.clamp(page, total, pageSize);
        List<PageSummary> items = filtered(jdbc.sql(SUMMARY + WHERE_FILTER + """
                 GROUP BY page
                 ORDER BY COUNT(*) - SUM(CASE WHEN helpful THEN 1 ELSE 0 END) DESC, page
                 LIMIT :limit OFFSET :offset
                """), filter)
                .param("limit", pageSize).param("offset", Paged.firstRow(shownPage, pageSize))
                .query(PageFeedbackRepository::summary).list();
        return new Paged<>(items, shownPage, pageSize, total);
    }

    List<PageSummary> allSummaries(FeedbackFilter filter) {
        return filtered(jdbc.sql(SUMMARY + WHERE_FILTER + """
                 GROUP BY page
                 ORDER BY COUNT(*) - SUM(CASE WHEN helpful THEN 1 ELSE 0 END) DESC, page
                """), filter)
                .query(PageFeedbackRepository::summary).list();
    }

    /** One page's votes over all time. */
    PageSummary summary(String page) {
        return jdbc.sql("SELECT " + COUNTS + " WHERE page = :page")
                .param("page", page)
                .query((rs, row) -> new PageSummary(page, rs.getLong("votes"), rs.getLong("yes"), rs.getLong("open_comments")))
                .single();
    }

    Paged<FeedbackComment> comments(String page, boolean withHandled, int pageNumber, int pageSize) {
        String where = " WHERE page = :page AND comment IS NOT NULL" + (withHandled ? "" : " AND handled_at IS NULL");
        long total = jdbc.sql("SELECT COUNT(*) FROM page_feedback" + where).param("page", page).query(Long.class).single();
        int shownPage = Paged.clamp(pageNumber, total, pageSize);
        List<FeedbackComment> items = jdbc.sql("""
                SELECT id, page, comment, created_at, handled_at, handled_by FROM page_feedback
                """ + where + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("page", page).param("limit", pageSize).param("offset", Paged.firstRow(shownPage, pageSize))
                .query(PageFeedbackRepository::comment).list();
        return new Paged<>(items, shownPage, pageSize, total);
    }

    Optional<FeedbackComment> comment(long id) {
        return jdbc.sql("SELECT id, page, comment, created_at, handled_at, handled_by FROM page_feedback WHERE id = :id AND comment IS NOT NULL")
                .param("id", id).query(PageFeedbackRepository::comment).optional();
    }

    /** @return false when it had been marked already, so that the log has one entry per comment */
    boolean markHandled(long id, String by, Instant now) {
        return jdbc.sql("UPDATE page_feedback SET handled_at = :now, handled_by = :by WHERE id = :id AND comment IS NOT NULL AND handled_at IS NULL")
                .param("now", Timestamp.from(now)).param("by", by).param("id", id)
                .update() == 1;
    }

    private static JdbcClient.StatementSpec filtered(JdbcClient.StatementSpec statement, FeedbackFilter filter) {
        String query = filter.query().toLowerCase(Locale.ROOT);
        return statement.param("start", Timestamp.from(filter.start())).param("end", Timestamp.from(filter.end()))
                .param("query", query)
                .param("pattern", "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }

    private static PageSummary summary(ResultSet rs, int row) throws SQLException {
        return new PageSummary(rs.getString("page"), rs.getLong("votes"), rs.getLong("yes"), rs.getLong("open_comments"));
    }

    private static FeedbackComment comment(ResultSet rs, int row) throws SQLException {
        Timestamp handled = rs.getTimestamp("handled_at");
        return new FeedbackComment(rs.getLong("id"), rs.getString("page"), rs.getString("comment"),
                rs.getTimestamp("created_at").toInstant(), handled == null ? null : handled.toInstant(), rs.getString("handled_by"));
    }
}
