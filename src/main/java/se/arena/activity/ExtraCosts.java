package se.arena.activity;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arena.Money;

/**
 * What a network's activities cost on top of the fee (a study trip), person by person, for the
 * network's invoice run. Read-only.
 */
@Service
@Transactional(readOnly = true)
public class ExtraCosts {

    private final JdbcClient jdbc;

    ExtraCosts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One person's confirmed place on an activity with an extra cost.
     *
     * @param signUpId the sign-up the cost comes from
     * @param email    the address the person signed up with, as it was typed
     */
    public record ExtraCost(long signUpId, long organisationId, String name, String email, long activityId,
                            String activityTitle, ActivityKind kind, Money amount) {
    }

    /**
     * Every confirmed place of a member organisation's person on one of the network's activities
     * with an extra cost, on a date in the year (Swedish time) that is not cancelled, by
     * organisation and then in the order people signed up. A sign-up counts for the network
     * whose seat let the person in; one without a network (an activity open to all) counts for
     * the activity's network with the lowest id, so an activity shared by several networks is
     * invoiced once.
     */
    public List<ExtraCost> of(long networkId, int year) {
        return jdbc.sql("""
                SELECT s.id, s.organisation_id, s.name, s.email, a.id AS activity_id, a.title, a.kind, a.extra_cost_ore
                FROM activity_sign_up s
                JOIN activity a ON a.id = s.activity_id
                JOIN activity_occasion o ON o.id = s.occasion_id
                WHERE s.status = 'CONFIRMED' AND s.organisation_id IS NOT NULL
                  AND a.extra_cost_ore IS NOT NULL AND a.status <> 'CANCELLED'
                  AND o.status = 'SCHEDULED' AND o.starts_at >= :from AND o.starts_at < :to
                  AND EXISTS (SELECT 1 FROM activity_network n WHERE n.activity_id = a.id AND n.network_id = :network)
                  AND (s.network_id = :network
                       OR s.network_id IS NULL AND NOT EXISTS (
                           SELECT 1 FROM activity_network m WHERE m.activity_id = a.id AND m.network_id < :network))
                ORDER BY s.organisation_id, s.id
                """)
                .param("network", networkId)
                .param("from", Timestamp.from(Occasion.instant(LocalDate.of(year, 1, 1), LocalTime.MIDNIGHT)))
                .param("to", Timestamp.from(Occasion.instant(LocalDate.of(year + 1, 1, 1), LocalTime.MIDNIGHT)))
                .query((rs, row) -> new ExtraCost(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("name"),
                        rs.getString("email"), rs.getLong("activity_id"), rs.getString("title"),
                        ActivityKind.valueOf(rs.getString("kind")), new Money(rs.getLong("extra_cost_ore"))))
                .list();
    }
}
