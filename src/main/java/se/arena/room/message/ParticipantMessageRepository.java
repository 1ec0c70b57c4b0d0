package se.arena.room.message;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import se.arena.Paged;

@Repository
class ParticipantMessageRepository {

    private static final String SELECT_MESSAGE = """
            SELECT m.id, m.audience_kind, m.audience_id, m.audience_network_id, m.audience_label, m.subject, m.body, m.sender_account_id, m.sender,
                   m.status, m.send_at, m.sent_at, m.cancelled_at, m.created_at,
                   (SELECT count(*) FROM participant_message_recipient r WHERE r.message_id = m.id) AS recipients
            FROM participant_message m
            """;

    private final JdbcClient jdbc;

    ParticipantMessageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A message as it is first stored, scheduled for its time (now for one sent at once). */
    record NewMessage(Audience audience, String subject, String body, Long senderAccountId, String sender,
                      String submissionKey, Instant sendAt, Instant createdAt) {
    }

    /** @throws org.springframework.dao.DuplicateKeyException when a message with that submission key exists */
    long insert(NewMessage message) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO participant_message (audience_kind, audience_id, audience_network_id, audience_label, subject, body,
                            sender_account_id, sender, submission_key, status, send_at, created_at)
                        VALUES (:kind, :audienceId, :networkId, :label, :subject, :body, :senderId, :sender, :key, 'SCHEDULED',
                            :sendAt, :now)
                        """)
                .param("kind", message.audience().kind().name())
                .param("audienceId", message.audience().id())
                .param("networkId", message.audience().containingNetworkId(), Types.BIGINT)
                .param("label", message.audience().label())
                .param("subject", message.subject())
                .param("body", message.body())
                .param("senderId", message.senderAccountId())
                .param("sender", message.sender())
                .param("key", message.submissionKey())
                .param("sendAt", utc(message.sendAt()))
                .param("now", utc(message.createdAt()))
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    Optional<ParticipantMessage> find(long id) {
        return jdbc.sql(SELECT_MESSAGE + "WHERE m.id = :id").param("id", id).query(ParticipantMessageRepository::message).optional();
    }

    Optional<ParticipantMessage> findBySubmissionKey(String key) {
        return jdbc.sql(SELECT_MESSAGE + "WHERE m.submission_key = :key").param("key", key)
                .query(ParticipantMessageRepository::message).optional();
    }

    /** Whether this sender already sent, or scheduled, these words to this audience. */
    boolean sentBefore(String sender, Audience audience, String subject, String body) {
        return jdbc.sql("""
                        SELECT count(*) FROM participant_message
                        WHERE lower(sender) = lower(:sender) AND audience_kind = :kind AND audience_id = :audienceId
                          AND subject = :subject AND body = :body AND status IN ('SCHEDULED', 'SENT')
                        """)
                .param("sender", sender).param("kind", audience.kind().name()).param("audienceId", audience.id())
                .param("subject", subject).param("body", body)
                .query(Long.class).single() > 0;
    }

    /**
     * Claims a scheduled message for sending: only one caller, on this node or another, moves it
     * from SCHEDULED to SENT, and only once its time has come.
     */
    boolean markSent(long id, Instant now) {
        return jdbc.sql("""
                        UPDATE participant_message SET status = 'SENT', sent_at = :now
                        WHERE id = :id AND status = 'SCHEDULED' AND send_at <= :now
                        """)
                .param("id", id).param("now", utc(now)).update() == 1;
    }

    boolean cancel(long id, Instant now) {
        return jdbc.sql("UPDATE participant_message SET status = 'CANCELLED', cancelled_at = :now WHERE id = :id AND status = 'SCHEDULED'")
                .param("id", id).param("now", utc(now)).update() == 1;
    }

    List<Long> dueIds(Instant now) {
        return jdbc.sql("SELECT id FROM participant_message WHERE status = 'SCHEDULED' AND send_at <= :now ORDER BY send_at, id")
                .param("now", utc(now)).query(Long.class).list();
    }

    void insertRecipient(long messageId, ParticipantMessage.Delivery delivery) {
        jdbc.sql("""
                        INSERT INTO participant_message_recipient (message_id, recipient_number, email, name, outbox_message_id)
                        VALUES (:message, :number, :email, :name, :outbox)
                        """)
                .param("message", messageId).param("number", delivery.number()).param("email", delivery.email())
                .param("name", delivery.name()).param("outbox", delivery.outboxMessageId())
                .update();
    }

    List<ParticipantMessage.Delivery> deliveries(long messageId) {
        return jdbc.sql("""
                        SELECT recipient_number, email, name, outbox_message_id FROM participant_message_recipient
                        WHERE message_id = :message ORDER BY recipient_number
                        """)
                .param("message", messageId)
                .query((rs, row) -> new ParticipantMessage.Delivery(rs.getInt("recipient_number"), rs.getString("email"),
                        rs.getString("name"), rs.getLong("outbox_message_id")))
                .list();
    }

    Paged<ParticipantMessage> search(MessageFilter filter, int page, int pageSize) {
        Where where = where(filter);
        long total = jdbc.sql("SELECT count(*) FROM participant_message m " + where.sql()).params(where.params()).query(Long.class).single();
        int shownPage = Paged.clamp(page, total, pageSize);
        List<ParticipantMessage> items = jdbc.sql(SELECT_MESSAGE + where.sql() + " ORDER BY m.send_at DESC, m.id DESC LIMIT :limit OFFSET :offset")
                .params(where.params())
                .param("limit", pageSize)
                .param("offset", Paged.firstRow(shownPage, pageSize))
                .query(ParticipantMessageRepository::message)
                .list();
        return new Paged<>(items, shownPage, pageSize, total);
    }

    List<ParticipantMessage> all(MessageFilter filter) {
        Where where = where(filter);
        return jdbc.sql(SELECT_MESSAGE + where.sql() + " ORDER BY m.send_at DESC, m.id DESC")
                .params(where.params()).query(ParticipantMessageRepository::message).list();
    }

    private static Where where(MessageFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.status() != null) {
            conditions.add("m.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.kind() != null) {
            conditions.add("m.audience_kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.query() != null) {
            conditions.add("(lower(m.subject) LIKE :query OR lower(m.audience_label) LIKE :query OR lower(m.sender) LIKE :query)");
            params.put("query", "%" + filter.query().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return new Where(conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions), params);
    }

    private static ParticipantMessage message(ResultSet rs, int row) throws SQLException {
        long networkId = rs.getLong("audience_network_id");
        Long audienceNetworkId = rs.wasNull() ? null : networkId;
        long senderId = rs.getLong("sender_account_id");
        return new ParticipantMessage(rs.getLong("id"), Audience.Kind.valueOf(rs.getString("audience_kind")), rs.getLong("audience_id"),
                audienceNetworkId, rs.getString("audience_label"), rs.getString("subject"), rs.getString("body"), rs.wasNull() ? null : senderId,
                rs.getString("sender"), ParticipantMessage.Status.valueOf(rs.getString("status")), instant(rs, "send_at"),
                instant(rs, "sent_at"), instant(rs, "cancelled_at"), instant(rs, "created_at"), rs.getInt("recipients"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** The PostgreSQL driver takes OffsetDateTime but not Instant for timestamp with time zone. */
    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private record Where(String sql, Map<String, Object> params) {
    }
}
