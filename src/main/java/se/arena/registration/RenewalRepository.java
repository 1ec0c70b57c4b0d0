package se.arena.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import se.arena.network.MembershipRules.UnansweredSeats;

@Repository
class RenewalRepository {

    private static final String SELECT_ROUND = """
            SELECT id, network_id, period_year, deadline, reminder_days, unanswered, opened_at, opened_by, closed_at
            FROM renewal_round
            """;

    private static final String SELECT_REQUEST = """
            SELECT q.id, q.round_id, q.organisation_id, q.registration_id, q.recipient_email, q.sent_at, q.reminded_at,
                   q.reminders
            FROM renewal_request q
            """;

    private final JdbcClient jdbc;

    RenewalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertRound(long networkId, int year, LocalDate deadline, int reminderDays, UnansweredSeats unanswered,
                     Instant now, String openedBy) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO renewal_round (network_id, period_year, deadline, reminder_days, unanswered, opened_at, opened_by)
                VALUES (:network, :year, :deadline, :reminderDays, :unanswered, :now, :openedBy)
                """)
                .param("network", networkId).param("year", year).param("deadline", deadline)
                .param("reminderDays", reminderDays).param("unanswered", unanswered.name())
                .param("now", Timestamp.from(now)).param("openedBy", openedBy)
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    Optional<RenewalRound> findRound(long id) {
        return jdbc.sql(SELECT_ROUND + "WHERE id = :id").param("id", id).query(RenewalRepository::round).optional();
    }

    boolean roundExists(long networkId, int year) {
        return jdbc.sql("SELECT count(*) FROM renewal_round WHERE network_id = :network AND period_year = :year")
                .param("network", networkId).param("year", year).query(Long.class).single() > 0;
    }

    List<RenewalRound> roundsOf(long networkId) {
        return jdbc.sql(SELECT_ROUND + "WHERE network_id = :network ORDER BY period_year DESC")
                .param("network", networkId).query(RenewalRepository::round).list();
    }

    List<RenewalRound> openRounds() {
        return jdbc.sql(SELECT_ROUND + "WHERE closed_at IS NULL ORDER BY id").query(RenewalRepository::round).list();
    }

    /** Closes the round once: of two nodes closing at the same moment, only one gets true. */
    boolean close(long roundId, Instant now) {
        return jdbc.sql("UPDATE renewal_round SET closed_at = :now WHERE id = :id AND closed_at IS NULL")
                .param("now", Timestamp.from(now)).param("id", roundId).update() == 1;
    }

    /**
     * The seats the round asks about, by organisation: seats confirmed for the year before the
     * round opened (a seat taken since was chosen knowing the year), and every seat answered for,
     * whatever became of it since.
     */
    List<RenewalSeat> seats(RenewalRound round) {
        return jdbc.sql("""
                SELECT r.id, r.organisation_id, r.name, r.title, r.email, a.answer, a.answered_by, a.answered_at
                FROM registration r
                LEFT JOIN renewal_answer a ON a.round_id = :round AND a.registration_id = r.id
                WHERE r.network_id = :network
                  AND (a.registration_id IS NOT NULL
                       OR (r.status = 'CONFIRMED' AND r.confirmed_at < :openedAt
                           AND EXISTS (SELECT 1 FROM seat_year y WHERE y.registration_id = r.id
                                       AND y.period_year = :year AND y.status = 'CONFIRMED')))
                ORDER BY r.organisation_id, r.id
                """)
                .param("round", round.id()).param("network", round.networkId())
                .param("openedAt", Timestamp.from(round.openedAt())).param("year", round.year())
                .query((rs, row) -> new RenewalSeat(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("name"),
                        rs.getString("title"), rs.getString("email"),
                        rs.getString("answer") == null ? null : RenewalAnswer.valueOf(rs.getString("answer")),
                        rs.getString("answered_by"), instant(rs, "answered_at")))
                .list();
    }

    /** Records the answer; only called under the network's seat lock, so read-then-write cannot race. */
    void recordAnswer(long roundId, long registrationId, RenewalAnswer answer, String answeredBy, Instant now) {
        int changed = jdbc.sql("""
                UPDATE renewal_answer SET answer = :answer, answered_by = :by, answered_at = :now
                WHERE round_id = :round AND registration_id = :registration
                """)
                .param("answer", answer.name()).param("by", answeredBy).param("now", Timestamp.from(now))
                .param("round", roundId).param("registration", registrationId).update();
        if (changed == 0) {
            jdbc.sql("""
                    INSERT INTO renewal_answer (round_id, registration_id, answer, answered_by, answered_at)
                    VALUES (:round, :registration, :answer, :by, :now)
                    """)
                    .param("round", roundId).param("registration", registrationId).param("answer", answer.name())
                    .param("by", answeredBy).param("now", Timestamp.from(now)).update();
        }
    }

    long insertRequest(long roundId, long organisationId, Long registrationId, String recipientEmail, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO renewal_request (round_id, organisation_id, registration_id, recipient_email, sent_at)
                VALUES (:round, :organisation, :registration, :email, :now)
                """)
                .param("round", roundId).param("organisation", organisationId)
                .param("registration", registrationId, java.sql.Types.BIGINT)
                .param("email", recipientEmail).param("now", Timestamp.from(now))
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    Optional<RenewalRequest> findRequest(long id) {
        return jdbc.sql(SELECT_REQUEST + "WHERE q.id = :id").param("id", id).query(RenewalRepository::request).optional();
    }

    List<RenewalRequest> openRequestsTo(String email, LocalDate today) {
        return jdbc.sql(SELECT_REQUEST + """
                JOIN renewal_round r ON r.id = q.round_id
                WHERE lower(q.recipient_email) = lower(:email) AND r.closed_at IS NULL AND r.deadline >= :today
                ORDER BY r.deadline, q.id
                """)
                .param("email", email).param("today", today).query(RenewalRepository::request).list();
    }

    List<RenewalRequest> requests(long roundId) {
        return jdbc.sql(SELECT_REQUEST + "WHERE q.round_id = :round ORDER BY q.organisation_id, q.id")
                .param("round", roundId).query(RenewalRepository::request).list();
    }

    /**
     * Marks a reminder sent, only if the last e-mail is still as old as the caller saw: a second
     * node (or a double click) finds it changed and sends nothing.
     */
    boolean markReminded(long requestId, Instant lastSent, Instant now) {
        return jdbc.sql("""
                UPDATE renewal_request SET reminded_at = :now, reminders = reminders + 1
                WHERE id = :id AND COALESCE(reminded_at, sent_at) = :lastSent
                """)
                .param("now", Timestamp.from(now)).param("id", requestId).param("lastSent", Timestamp.from(lastSent))
                .update() == 1;
    }

    private static RenewalRound round(ResultSet rs, int row) throws SQLException {
        return new RenewalRound(rs.getLong("id"), rs.getLong("network_id"), rs.getInt("period_year"),
                rs.getDate("deadline").toLocalDate(), rs.getInt("reminder_days"),
                UnansweredSeats.valueOf(rs.getString("unanswered")), rs.getTimestamp("opened_at").toInstant(),
                rs.getString("opened_by"), instant(rs, "closed_at"));
    }

    private static RenewalRequest request(ResultSet rs, int row) throws SQLException {
        return new RenewalRequest(rs.getLong("id"), rs.getLong("round_id"), rs.getLong("organisation_id"),
                rs.getObject("registration_id", Long.class), rs.getString("recipient_email"),
                rs.getTimestamp("sent_at").toInstant(), instant(rs, "reminded_at"), rs.getInt("reminders"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
