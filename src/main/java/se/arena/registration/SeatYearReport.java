package se.arena.registration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The years of seats as staff reports count them: per network, year and organisation, how many
 * were held, declined or left to lapse, and who gave theirs up. Read-only; a year counts for the
 * registration that held the seat in it, so a transfer never counts one year twice.
 */
@Service
@Transactional(readOnly = true)
public class SeatYearReport {

    private final JdbcClient jdbc;

    SeatYearReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One organisation's seat years in a network and year, by status. */
    public record OrganisationYear(long networkId, int year, long organisationId, int confirmed, int declined, int lapsed) {
    }

    /** A year of a seat that its organisation declined or let lapse, with the person who held the seat. */
    public record EndedYear(long networkId, int year, long organisationId, long registrationId, String name,
                            SeatYearStatus status) {
    }

    /**
     * Every organisation with a seat year in the selection, by network, year and organisation id.
     *
     * @param networkId null for every network
     * @param fromYear  the first year to count, or null for no lower bound
     * @param toYear    the last year to count, or null for no upper bound
     */
    public List<OrganisationYear> byOrganisation(Long networkId, Integer fromYear, Integer toYear) {
        Selection selection = Selection.of(networkId, fromYear, toYear);
        return jdbc.sql("""
                SELECT r.network_id, y.period_year, r.organisation_id,
                       sum(CASE WHEN y.status = 'CONFIRMED' THEN 1 ELSE 0 END) AS confirmed,
                       sum(CASE WHEN y.status = 'DECLINED' THEN 1 ELSE 0 END) AS declined,
                       sum(CASE WHEN y.status = 'LAPSED' THEN 1 ELSE 0 END) AS lapsed
                FROM seat_year y JOIN registration r ON r.id = y.registration_id
                WHERE 1 = 1
                """ + selection.where() + """
                GROUP BY r.network_id, y.period_year, r.organisation_id
                ORDER BY r.network_id, y.period_year, r.organisation_id
                """)
                .params(selection.params())
                .query((rs, row) -> new OrganisationYear(rs.getLong("network_id"), rs.getInt("period_year"),
                        rs.getLong("organisation_id"), rs.getInt("confirmed"), rs.getInt("declined"), rs.getInt("lapsed")))
                .list();
    }

    /** Every declined or lapsed year in the selection, by network, year, organisation and then seat. */
    public List<EndedYear> ended(Long networkId, Integer fromYear, Integer toYear) {
        Selection selection = Selection.of(networkId, fromYear, toYear);
        return jdbc.sql("""
                SELECT r.network_id, y.period_year, r.organisation_id, r.id, r.name, y.status
                FROM seat_year y JOIN registration r ON r.id = y.registration_id
                WHERE y.status IN ('DECLINED', 'LAPSED')
                """ + selection.where() + """
                ORDER BY r.network_id, y.period_year, r.organisation_id, r.id
                """)
                .params(selection.params())
                .query((rs, row) -> new EndedYear(rs.getLong("network_id"), rs.getInt("period_year"),
                        rs.getLong("organisation_id"), rs.getLong("id"), rs.getString("name"),
                        SeatYearStatus.valueOf(rs.getString("status"))))
                .list();
    }

    /**
     * Where each organisation stood in one year, for the coverage map: whether it held a seat that
     * year, waits for one now, or had a seat before (an earlier confirmed year, or a year it gave
     * up or let lapse). Organisations without any registration in the selection are not listed.
     *
     * @param networkId null for every network
     */
    public record Standing(long organisationId, boolean confirmed, boolean waitlisted, boolean former) {
    }

    /**
     * Each organisation's standing in the year, in one statement whatever the number of organisations.
     *
     * @param networkId null for every network
     */
    public List<Standing> standings(Long networkId, int year) {
        Selection selection = Selection.of(networkId, null, null);
        Map<String, Object> params = new HashMap<>(selection.params());
        params.put("year", year);
        return jdbc.sql("""
                SELECT r.organisation_id,
                       sum(CASE WHEN y.period_year = :year AND y.status = 'CONFIRMED' THEN 1 ELSE 0 END) AS confirmed,
                       sum(CASE WHEN r.status = 'WAITLISTED' THEN 1 ELSE 0 END) AS waitlisted,
                       sum(CASE WHEN y.period_year < :year AND y.status = 'CONFIRMED'
                                  OR y.period_year <= :year AND y.status IN ('DECLINED', 'LAPSED') THEN 1 ELSE 0 END) AS former
                FROM registration r LEFT JOIN seat_year y ON y.registration_id = r.id
                WHERE 1 = 1
                """ + selection.where() + """
                GROUP BY r.organisation_id
                ORDER BY r.organisation_id
                """)
                .params(params)
                .query((rs, row) -> new Standing(rs.getLong("organisation_id"), rs.getInt("confirmed") > 0,
                        rs.getInt("waitlisted") > 0, rs.getInt("former") > 0))
                .list();
    }

    /** The conditions a report adds, only for the filters it has, so no query compares with NULL. */
    private record Selection(String where, Map<String, Object> params) {

        static Selection of(Long networkId, Integer fromYear, Integer toYear) {
            StringBuilder where = new StringBuilder();
            Map<String, Object> params = new HashMap<>();
            if (networkId != null) {
                where.append("AND r.network_id = :network\n");
                params.put("network", networkId);
            }
            if (fromYear != null) {
                where.append("AND y.period_year >= :from\n");
                params.put("from", fromYear);
            }
            if (toYear != null) {
                where.append("AND y.period_year <= :to\n");
                params.put("to", toYear);
            }
            return new Selection(where.toString(), params);
        }
    }
}
