package se.arena.registration;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The confirmed participation years of a network, for invoicing the fee per person and year. */
@Service
public class ParticipationYears {

    private final JdbcClient jdbc;

    ParticipationYears(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One person's confirmed year, with the invoice details their registration gave.
     *
     * @param registrationId the registration that held the seat that year
     */
    public record HeldYear(long registrationId, long organisationId, String name, String title, String invoiceAddress,
                           String invoiceReference) {
    }

    /**
     * The registrations whose seat no longer holds the year: given up after all (the organisation
     * left, the seat was cancelled or declined under the network's rule) or let lapse. A year a
     * transfer handed on belongs to the new holder and is not among them.
     */
    public Set<Long> givenUp(long networkId, int year) {
        return new HashSet<>(jdbc.sql("""
                SELECT r.id FROM seat_year y JOIN registration r ON r.id = y.registration_id
                WHERE r.network_id = :network AND y.period_year = :year AND y.status IN ('DECLINED', 'LAPSED')
                """)
                .param("network", networkId).param("year", year).query(Long.class).list());
    }

    /** Every seat confirmed for the year, by organisation and then in the order the seats were taken. */
    public List<HeldYear> confirmed(long networkId, int year) {
        return jdbc.sql("""
                SELECT r.id, r.organisation_id, r.name, r.title, r.invoice_address, r.invoice_reference
                FROM seat_year y JOIN registration r ON r.id = y.registration_id
                WHERE r.network_id = :network AND y.period_year = :year AND y.status = 'CONFIRMED'
                ORDER BY r.organisation_id, r.id
                """)
                .param("network", networkId).param("year", year)
                .query((rs, row) -> new HeldYear(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("name"),
                        rs.getString("title"), rs.getString("invoice_address"), rs.getString("invoice_reference")))
                .list();
    }
}
