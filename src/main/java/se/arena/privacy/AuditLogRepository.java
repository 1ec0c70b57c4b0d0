package se.arena.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.arena.Paged;
import se.arena.SwedishCollation;

/** The audit_event table. Insert and select only: the log is never updated or deleted from. */
@Repository
class AuditLogRepository {

    private static final int MAX_SEARCH_TEXT = 2600;

    private static final String SELECT_ENTRY = """
            SELECT id, occurred_at, actor_account_id, actor_label, ip_address, action,
                   subject_type, subject_id, details
            FROM audit_event
            """;

    private final JdbcClient jdbc;

    AuditLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AuditEvent event, Instant occurredAt) {
        jdbc.sql("""
                INSERT INTO audit_event (occurred_at, actor_account_id, actor_label, ip_address, action,
                                         subject_type, subject_id, details, search_text)
                VALUES (:occurredAt, :accountId, :label, :ipAddress, :action,
                        :subjectType, :subjectId, :details, :searchText)
                """)
                // OffsetDateTime, not Instant: the PostgreSQL driver binds only the former.
                .param("occurredAt", occurredAt.atOffset(ZoneOffset.UTC))
                .param("accountId", event.actor().accountId())
                .param("label", event.actor().label())
                .param("ipAddress", event.actor().ipAddress())
                .param("action", event.action())
                .param("subjectType", event.subjectType())
                .param("subjectId", event.subjectId())
                .param("details", event.details())
                .param("searchText", searchText(event))
                .update();
    }

    Paged<AuditEntry> search(AuditFilter filter, int page, int pageSize) {
        Where where = where(filter);
        long total = jdbc.sql("SELECT count(*) FROM audit_event " + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
        int shownPage = Paged.clamp(page, total, pageSize);
        List<AuditEntry> items = newestFirst(where, pageSize, Paged.firstRow(shownPage, pageSize));
        return new Paged<>(items, shownPage, pageSize, total);
    }

    /** The newest {@code limit} entries that match, for an export. */
    List<AuditEntry> list(AuditFilter filter, int limit) {
        return newestFirst(where(filter), limit, 0);
    }

    private List<AuditEntry> newestFirst(Where where, int limit, int offset) {
        return jdbc.sql(SELECT_ENTRY + where.sql() + """
                 ORDER BY occurred_at DESC, id DESC
                 LIMIT :limit OFFSET :offset
                """)
                .params(where.params())
                .param("limit", limit)
                .param("offset", offset)
                .query(AuditLogRepository::entry)
                .list();
    }

    private static Where where(AuditFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.searchText() != null) {
            conditions.add("search_text LIKE :text");
            params.put("text", "%" + escapeLike(filter.searchText()) + "%");
        }
        if (filter.action() != null) {
            conditions.add("action = :action");
            params.put("action", filter.action());
        }
        if (filter.fromInstant() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", filter.fromInstant().atOffset(ZoneOffset.UTC));
        }
        if (filter.untilInstant() != null) {
            conditions.add("occurred_at < :until");
            params.put("until", filter.untilInstant().atOffset(ZoneOffset.UTC));
        }
        if (filter.ipAddress() != null) {
            conditions.add("ip_address = :ipAddress");
            params.put("ipAddress", filter.ipAddress());
        }
        return new Where(conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions), params);
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    /** Who, which subject and the details, in the form the free-text search compares with. */
    private static String searchText(AuditEvent event) {
        StringBuilder text = new StringBuilder(event.actor().label());
        if (event.subjectType() != null) {
            text.append('\n').append(event.subjectType());
        }
        if (event.subjectId() != null) {
            text.append(event.subjectType() == null ? '\n' : ' ').append(event.subjectId());
        }
        if (event.details() != null) {
            text.append('\n').append(event.details());
        }
        String searchForm = SwedishCollation.searchForm(text.toString());
        return searchForm.length() <= MAX_SEARCH_TEXT ? searchForm : searchForm.substring(0, MAX_SEARCH_TEXT);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getObject("actor_account_id", Long.class),
                rs.getString("actor_label"),
                rs.getString("ip_address"),
                rs.getString("action"),
                rs.getString("subject_type"),
                rs.getString("subject_id"),
                rs.getString("details"));
    }
}
