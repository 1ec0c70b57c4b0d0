package se.arena.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import se.arena.Paged;

@Repository
class OutboxRepository {

    private static final String SELECT_MESSAGE = """
            SELECT id, message_id, recipient, subject, text_body, html_body, status, attempts,
                   next_attempt_at, claimed_by, claim_expires_at, last_error, created_at, sent_at,
                   resent_from_id, list_unsubscribe
            FROM outbox_message
            """;

    /** Due: waiting and its time has come, or claimed by a relay that has not finished in time. */
    private static final String DUE =
            " ((status = 'PENDING' AND next_attempt_at <= :now) OR (status = 'SENDING' AND claim_expires_at < :now)) ";

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewMessage message) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO outbox_message (message_id, recipient, subject, text_body, html_body, status,
                                            attempts, next_attempt_at, created_at, resent_from_id, resend_number, list_unsubscribe)
                VALUES (:messageId, :recipient, :subject, :textBody, :htmlBody, 'PENDING',
                        0, :createdAt, :createdAt, :resentFromId, :resendNumber, :listUnsubscribe)
                """)
                .param("messageId", message.messageId())
                .param("recipient", message.recipient())
                .param("subject", message.subject())
                .param("textBody", message.textBody())
                .param("htmlBody", message.htmlBody())
                .param("createdAt", utc(message.createdAt()))
                .param("resentFromId", message.resentFromId())
                .param("resendNumber", message.resendNumber())
                .param("listUnsubscribe", message.listUnsubscribe())
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    /**
     * Copies the content and the attachments only: the copy is a new message, with its own
     * Message-ID and attempts. Two statements, so the caller runs them in one transaction.
     */
    long copyForResend(long originalId, int resendNumber, String messageId, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO outbox_message (message_id, recipient, subject, text_body, html_body, status,
                                            attempts, next_attempt_at, created_at, resent_from_id, resend_number, list_unsubscribe)
                SELECT :messageId, recipient, subject, text_body, html_body, 'PENDING',
                       0, :now, :now, id, :resendNumber, list_unsubscribe
                FROM outbox_message WHERE id = :id
                """)
                .param("messageId", messageId)
                .param("now", utc(now))
                .param("id", originalId)
                .param("resendNumber", resendNumber)
                .update(key, "id");
        long copyId = key.getKeyAs(Long.class);
        jdbc.sql("""
                INSERT INTO outbox_attachment (message_id, attachment_number, filename, content_type, content)
                SELECT :copyId, attachment_number, filename, content_type, content
                FROM outbox_attachment WHERE message_id = :id
                """)
                .param("copyId", copyId)
                .param("id", originalId)
                .update();
        return copyId;
    }

    void insertAttachment(long messageId, int number, MailAttachment attachment) {
        jdbc.sql("""
                INSERT INTO outbox_attachment (message_id, attachment_number, filename, content_type, content)
                VALUES (:messageId, :number, :filename, :contentType, :content)
                """)
                .param("messageId", messageId)
                .param("number", number)
                .param("filename", attachment.filename())
                .param("contentType", attachment.contentType())
                .param("content", attachment.content())
                .update();
    }

    void insertLink(long messageId, MaskedLinks.StoredLink link) {
        jdbc.sql("""
                INSERT INTO outbox_link (message_id, link_number, placeholder, url, kind, reference)
                VALUES (:messageId, :number, :placeholder, :url, :kind, :reference)
                """)
                .param("messageId", messageId)
                .param("number", link.number())
                .param("placeholder", link.placeholder())
                .param("url", link.url())
                .param("kind", link.kind())
                .param("reference", link.reference())
                .update();
    }

    /** The personal links of a message; their addresses are null once it has been sent. */
    List<MaskedLinks.StoredLink> linksOf(long messageId) {
        return jdbc.sql("""
                SELECT link_number, placeholder, url, kind, reference FROM outbox_link
                WHERE message_id = :messageId ORDER BY link_number
                """)
                .param("messageId", messageId)
                .query((rs, row) -> new MaskedLinks.StoredLink(rs.getInt("link_number"), rs.getString("placeholder"),
                        rs.getString("url"), rs.getString("kind"), rs.getString("reference")))
                .list();
    }

    /** A sent message's links are of no use to anyone but the recipient, who has them now. */
    void forgetLinks(long messageId) {
        jdbc.sql("UPDATE outbox_link SET url = NULL WHERE message_id = :messageId")
                .param("messageId", messageId)
                .update();
    }

    /** The files of a message as the log lists them: names and sizes, without the bytes. */
    List<OutboxAttachment> attachmentsOf(long messageId) {
        return jdbc.sql("""
                SELECT attachment_number, filename, content_type, octet_length(content) AS size
                FROM outbox_attachment WHERE message_id = :messageId ORDER BY attachment_number
                """)
                .param("messageId", messageId)
                .query((rs, row) -> new OutboxAttachment(rs.getInt("attachment_number"), rs.getString("filename"),
                        rs.getString("content_type"), rs.getLong("size")))
                .list();
    }

    /** The files of a message with their bytes, in the order the mail lists them. */
    List<MailAttachment> attachmentContents(long messageId) {
        return jdbc.sql("""
                SELECT filename, content_type, content FROM outbox_attachment
                WHERE message_id = :messageId ORDER BY attachment_number
                """)
                .param("messageId", messageId)
                .query(OutboxRepository::attachment)
                .list();
    }

    Optional<MailAttachment> attachment(long messageId, int number) {
        return jdbc.sql("""
                SELECT filename, content_type, content FROM outbox_attachment
                WHERE message_id = :messageId AND attachment_number = :number
                """)
                .param("messageId", messageId)
                .param("number", number)
                .query(OutboxRepository::attachment)
                .optional();
    }

    Optional<OutboxMessage> find(long id) {
        return jdbc.sql(SELECT_MESSAGE + " WHERE id = :id")
                .param("id", id)
                .query(OutboxRepository::message)
                .optional();
    }

    /** Resends of a message, oldest first. */
    List<OutboxMessage> resendsOf(long id) {
        return jdbc.sql(SELECT_MESSAGE + " WHERE resent_from_id = :id ORDER BY resend_number")
                .param("id", id)
                .query(OutboxRepository::message)
                .list();
    }

    Paged<OutboxMessage> search(OutboxFilter filter, int page, int pageSize) {
        Where where = where(filter);
        long total = jdbc.sql("SELECT count(*) FROM outbox_message " + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
        int shownPage = Paged.clamp(page, total, pageSize);
        List<OutboxMessage> items = jdbc.sql(SELECT_MESSAGE + where.sql() + """
                 ORDER BY created_at DESC, id DESC
                 LIMIT :limit OFFSET :offset
                """)
                .params(where.params())
                .param("limit", pageSize)
                .param("offset", Paged.firstRow(shownPage, pageSize))
                .query(OutboxRepository::message)
                .list();
        return new Paged<>(items, shownPage, pageSize, total);
    }

    Map<Long, OutboxStatus> statuses(Collection<Long> ids) {
        return jdbc.sql("SELECT id, status FROM outbox_message WHERE id IN (:ids)")
                .param("ids", ids)
                .query((rs, row) -> Map.entry(rs.getLong("id"), OutboxStatus.valueOf(rs.getString("status"))))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    List<OutboxMessage> all(OutboxFilter filter) {
        Where where = where(filter);
        return jdbc.sql(SELECT_MESSAGE + where.sql() + " ORDER BY created_at DESC, id DESC")
                .params(where.params())
                .query(OutboxRepository::message)
                .list();
    }

    /** Candidates only: another relay may claim any of them first, so each must still be claimed. */
    List<Long> dueIds(Instant now, int limit) {
        return jdbc.sql("SELECT id FROM outbox_message WHERE " + DUE + " ORDER BY next_attempt_at, id LIMIT :limit")
                .param("now", utc(now))
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /**
     * Takes a due message for one relay run. The condition is checked again by the UPDATE itself,
     * after any concurrent claim of the same row has committed, so of several relays (threads or
     * nodes) that race for a row exactly one sees an update count of 1.
     */
    boolean claim(long id, String claimant, Instant now, Instant until) {
        return jdbc.sql("""
                UPDATE outbox_message SET status = 'SENDING', claimed_by = :claimant, claim_expires_at = :until
                WHERE id = :id AND""" + DUE)
                .param("id", id)
                .param("claimant", claimant)
                .param("now", utc(now))
                .param("until", utc(until))
                .update() == 1;
    }

    /** @return false when the claim was lost meanwhile (it outlived claim-timeout and was taken over) */
    boolean markSent(long id, String claimant, Instant sentAt) {
        return jdbc.sql("""
                UPDATE outbox_message SET status = 'SENT', sent_at = :sentAt, claim_expires_at = NULL
                WHERE id = :id AND status = 'SENDING' AND claimed_by = :claimant
                """)
                .param("id", id)
                .param("claimant", claimant)
                .param("sentAt", utc(sentAt))
                .update() == 1;
    }

    boolean recordFailure(long id, String claimant, OutboxMessage.Failure failure) {
        return jdbc.sql("""
                UPDATE outbox_message
                SET status = :status, attempts = :attempts, next_attempt_at = :next, last_error = :error,
                    claim_expires_at = NULL
                WHERE id = :id AND status = 'SENDING' AND claimed_by = :claimant
                """)
                .param("id", id)
                .param("claimant", claimant)
                .param("status", failure.status().name())
                .param("attempts", failure.attempts())
                .param("next", utc(failure.nextAttemptAt()))
                .param("error", failure.error())
                .update() == 1;
    }

    private static Where where(OutboxFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.status() != null) {
            conditions.add("status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.query() != null) {
            conditions.add("(lower(recipient) LIKE :query OR lower(subject) LIKE :query)");
            params.put("query", "%" + escapeLike(filter.query().toLowerCase(Locale.ROOT)) + "%");
        }
        return new Where(conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions), params);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The PostgreSQL driver takes OffsetDateTime but not Instant for timestamp with time zone. */
    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OutboxMessage message(ResultSet rs, int row) throws SQLException {
        return new OutboxMessage(
                rs.getLong("id"),
                rs.getString("message_id"),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("text_body"),
                rs.getString("html_body"),
                OutboxStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                instant(rs, "next_attempt_at"),
                rs.getString("claimed_by"),
                instant(rs, "claim_expires_at"),
                rs.getString("last_error"),
                instant(rs, "created_at"),
                instant(rs, "sent_at"),
                rs.getObject("resent_from_id", Long.class),
                rs.getString("list_unsubscribe"));
    }

    private static MailAttachment attachment(ResultSet rs, int row) throws SQLException {
        return new MailAttachment(rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content"));
    }

    record NewMessage(String messageId, String recipient, String subject, String textBody, String htmlBody,
                      Instant createdAt, Long resentFromId, Integer resendNumber, String listUnsubscribe) {
    }

    private record Where(String sql, Map<String, Object> params) {
    }
}
