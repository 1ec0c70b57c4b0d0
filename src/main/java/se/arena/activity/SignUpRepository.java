package se.arena.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Sign-ups to activities, and the lock under which places are decided. */
@Repository
class SignUpRepository {

    private static final String SELECT_SIGN_UP = """
            SELECT id, activity_id, occasion_id, email, name, title, organisation_id, organisation_name, network_id, phone,
                   dietary_needs, accessibility_needs, status, attended, created_at
            FROM activity_sign_up
            """;

    private final JdbcClient jdbc;

    SignUpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Holds the activity's row until the transaction ends: place decisions for one activity
     * happen one at a time. The row exists as long as the activity does, so no lock row is needed.
     */
    void lock(long activityId) {
        jdbc.sql("SELECT id FROM activity WHERE id = :id FOR UPDATE").param("id", activityId).query(Long.class).single();
    }

    int confirmedOn(long occasionId) {
        return jdbc.sql("SELECT count(*) FROM activity_sign_up WHERE occasion_id = :occasion AND status = 'CONFIRMED'")
                .param("occasion", occasionId).query(Integer.class).single();
    }

    /** Confirmed and waitlisted counts per occasion of the activity. */
    Map<Long, Map<SignUpStatus, Integer>> countsByOccasion(long activityId) {
        record Count(long occasionId, SignUpStatus status, int people) {
        }
        return jdbc.sql("""
                SELECT occasion_id, status, count(*) AS people FROM activity_sign_up
                WHERE activity_id = :activity AND status IN ('CONFIRMED', 'WAITLISTED')
                GROUP BY occasion_id, status
                """)
                .param("activity", activityId)
                .query((rs, row) -> new Count(rs.getLong("occasion_id"), SignUpStatus.valueOf(rs.getString("status")), rs.getInt("people")))
                .list().stream()
                .collect(Collectors.groupingBy(Count::occasionId, Collectors.toMap(Count::status, Count::people)));
    }

    Optional<SignUp> findById(long id) {
        return jdbc.sql(SELECT_SIGN_UP + "WHERE id = :id").param("id", id).query(SignUpRepository::signUp).optional();
    }

    Optional<SignUp> findBySubmissionKey(String key) {
        return jdbc.sql(SELECT_SIGN_UP + "WHERE submission_key = :key").param("key", key)
                .query(SignUpRepository::signUp).optional();
    }

    Optional<SignUp> findActive(long activityId, String email) {
        return jdbc.sql(SELECT_SIGN_UP + "WHERE activity_id = :activity AND active_email = :email")
                .param("activity", activityId).param("email", email).query(SignUpRepository::signUp).optional();
    }

    /** The sign-ups that hold or wait for a place under the address, in any activity. */
    List<SignUp> activeOfEmail(String email) {
        return jdbc.sql(SELECT_SIGN_UP + "WHERE active_email = :email ORDER BY id")
                .param("email", email).query(SignUpRepository::signUp).list();
    }

    /** Every sign-up of the activity, ended ones too, in arrival order. */
    List<SignUp> allOf(long activityId) {
        return jdbc.sql(SELECT_SIGN_UP + "WHERE activity_id = :activity ORDER BY id")
                .param("activity", activityId).query(SignUpRepository::signUp).list();
    }

    List<SignUp> activeOn(long occasionId) {
        return jdbc.sql(SELECT_SIGN_UP + "WHERE occasion_id = :occasion AND status IN ('CONFIRMED', 'WAITLISTED') ORDER BY id")
                .param("occasion", occasionId).query(SignUpRepository::signUp).list();
    }

    /**
     * The places and queue places that a seat in the network gave the organisation's people on
     * occasions still to come, in arrival order.
     */
    List<SignUp> comingThroughSeat(long networkId, long organisationId, Instant now) {
        return jdbc.sql("""
                SELECT s.id, s.activity_id, s.occasion_id, s.email, s.name, s.title, s.organisation_id, s.organisation_name,
                       s.network_id, s.phone, s.dietary_needs, s.accessibility_needs, s.status, s.attended, s.created_at
                FROM activity_sign_up s JOIN activity_occasion o ON o.id = s.occasion_id
                WHERE s.network_id = :network AND s.organisation_id = :organisation AND s.status IN ('CONFIRMED', 'WAITLISTED')
                  AND o.status = 'SCHEDULED' AND o.starts_at > :now
                ORDER BY s.id
                """)
                .param("network", networkId).param("organisation", organisationId).param("now", Timestamp.from(now))
                .query(SignUpRepository::signUp).list();
    }

    /** Who has a place on the occasion, by name: the attendee list. */
    List<SignUp> attendees(long occasionId) {
        return jdbc.sql(SELECT_SIGN_UP + "WHERE occasion_id = :occasion AND status = 'CONFIRMED' ORDER BY name, id")
                .param("occasion", occasionId).query(SignUpRepository::signUp).list();
    }

    /** The first in the occasion's queue. */
    Optional<SignUp> firstWaitlisted(long occasionId) {
        return jdbc.sql(SELECT_SIGN_UP + "WHERE occasion_id = :occasion AND status = 'WAITLISTED' ORDER BY id LIMIT 1")
                .param("occasion", occasionId).query(SignUpRepository::signUp).optional();
    }

    long insert(long activityId, NewSignUp signUp, SignUpStatus status, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO activity_sign_up (activity_id, occasion_id, email, active_email, name, title, organisation_id,
                                              organisation_name, network_id, phone, dietary_needs, accessibility_needs,
                                              status, submission_key, created_at, confirmed_at)
                VALUES (:activity, :occasion, :email, :email, :name, :title, :organisationId, :organisationName, :networkId,
                        :phone, :dietaryNeeds, :accessibilityNeeds, :status, :submissionKey, :now, :confirmedAt)
                """)
                .param("activity", activityId)
                .param("occasion", signUp.occasionId())
                .param("email", signUp.email())
                .param("name", signUp.name())
                .param("title", signUp.title())
                .param("organisationId", signUp.organisationId(), Types.BIGINT)
                .param("organisationName", signUp.organisationName())
                .param("networkId", signUp.networkId(), Types.BIGINT)
                .param("phone", signUp.phone())
                .param("dietaryNeeds", signUp.dietaryNeeds())
                .param("accessibilityNeeds", signUp.accessibilityNeeds())
                .param("status", status.name())
                .param("submissionKey", signUp.submissionKey())
                .param("now", Timestamp.from(now))
                .param("confirmedAt", status == SignUpStatus.CONFIRMED ? Timestamp.from(now) : null, Types.TIMESTAMP)
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    /** From the waitlist to a place on the same occasion. */
    void confirm(long id, Instant now) {
        jdbc.sql("UPDATE activity_sign_up SET status = 'CONFIRMED', confirmed_at = :now WHERE id = :id AND status = 'WAITLISTED'")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** A place on another occasion of the same activity. */
    void moveTo(long id, long occasionId, Instant now) {
        jdbc.sql("UPDATE activity_sign_up SET occasion_id = :occasion, status = 'CONFIRMED', confirmed_at = :now WHERE id = :id")
                .param("occasion", occasionId).param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** The next SEQUENCE for the person's calendar invitation: 0 the first time, one more each time after. */
    int nextCalendarSequence(long id) {
        jdbc.sql("UPDATE activity_sign_up SET calendar_sequence = COALESCE(calendar_sequence + 1, 0) WHERE id = :id")
                .param("id", id).update();
        return jdbc.sql("SELECT calendar_sequence FROM activity_sign_up WHERE id = :id").param("id", id)
                .query(Integer.class).single();
    }

    /** Whether the person has been sent a calendar invitation that their calendar may still hold. */
    boolean hasCalendarInvitation(long id) {
        return jdbc.sql("SELECT calendar_sequence FROM activity_sign_up WHERE id = :id").param("id", id)
                .query((rs, row) -> rs.getObject("calendar_sequence") != null).single();
    }

    /** @return true for the one caller that marks the sign-up reminded; the reminder is theirs to send */
    boolean markReminded(long id, Instant now) {
        return jdbc.sql("UPDATE activity_sign_up SET reminded_at = :now WHERE id = :id AND reminded_at IS NULL AND status = 'CONFIRMED'")
                .param("now", Timestamp.from(now)).param("id", id).update() == 1;
    }

    void end(long id, SignUpStatus status, Instant now) {
        jdbc.sql("UPDATE activity_sign_up SET status = :status, active_email = NULL, ended_at = :now WHERE id = :id")
                .param("status", status.name()).param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** Everyone confirmed on the occasion attended when their id is among those given, and did not otherwise. */
    void recordAttendance(long occasionId, Collection<Long> attendedIds) {
        jdbc.sql("UPDATE activity_sign_up SET attended = FALSE WHERE occasion_id = :occasion AND status = 'CONFIRMED'")
                .param("occasion", occasionId).update();
        if (!attendedIds.isEmpty()) {
            jdbc.sql("""
                    UPDATE activity_sign_up SET attended = TRUE
                    WHERE occasion_id = :occasion AND status = 'CONFIRMED' AND id IN (:ids)
                    """)
                    .param("occasion", occasionId).param("ids", attendedIds).update();
        }
    }

    /**
     * Sign-ups and attendance over the occasions that have ended, counted by network (null for
     * activities open to all) or by organisation.
     */
    List<Participation> participation(Participation.By groupBy, Long networkId, Integer year, Instant now) {
        StringBuilder where = new StringBuilder("WHERE s.status = 'CONFIRMED' AND o.ends_at <= :now");
        Map<String, Object> params = new HashMap<>();
        params.put("now", Timestamp.from(now));
        if (networkId != null) {
            where.append(" AND s.network_id = :network");
            params.put("network", networkId);
        }
        if (year != null) {
            where.append(" AND o.starts_at >= :from AND o.starts_at < :to");
            params.put("from", Timestamp.from(Occasion.instant(java.time.LocalDate.of(year, 1, 1), java.time.LocalTime.MIDNIGHT)));
            params.put("to", Timestamp.from(Occasion.instant(java.time.LocalDate.of(year + 1, 1, 1), java.time.LocalTime.MIDNIGHT)));
        }
        boolean byNetwork = groupBy == Participation.By.NETWORK;
        String group = byNetwork ? "s.network_id" : "s.organisation_id, s.organisation_name";
        String columns = byNetwork ? "s.network_id AS group_id, CAST(NULL AS VARCHAR(200)) AS group_name"
                : "s.organisation_id AS group_id, s.organisation_name AS group_name";
        return jdbc.sql("SELECT " + columns + """
                ,
                       count(*) AS signed_up,
                       sum(CASE WHEN s.attended = TRUE THEN 1 ELSE 0 END) AS attended,
                       sum(CASE WHEN s.attended IS NULL THEN 1 ELSE 0 END) AS unmarked,
                       count(DISTINCT s.activity_id) AS activities
                FROM activity_sign_up s JOIN activity_occasion o ON o.id = s.occasion_id
                """ + where + " GROUP BY " + group + " ORDER BY attended DESC, signed_up DESC")
                .params(params)
                .query((rs, row) -> new Participation(rs.getObject("group_id", Long.class), rs.getString("group_name"),
                        rs.getInt("signed_up"), rs.getInt("attended"), rs.getInt("unmarked"), rs.getInt("activities")))
                .list();
    }

    private static SignUp signUp(ResultSet rs, int row) throws SQLException {
        return new SignUp(
                rs.getLong("id"),
                rs.getLong("activity_id"),
                rs.getLong("occasion_id"),
                rs.getString("email"),
                rs.getString("name"),
                rs.getString("title"),
                rs.getObject("organisation_id", Long.class),
                rs.getString("organisation_name"),
                rs.getObject("network_id", Long.class),
                rs.getString("phone"),
                rs.getString("dietary_needs"),
                rs.getString("accessibility_needs"),
                SignUpStatus.valueOf(rs.getString("status")),
                rs.getObject("attended", Boolean.class),
                rs.getTimestamp("created_at").toInstant());
    }
}
