package se.arena.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds a confirmed seat in a network, for modules that open something to a network's
 * people (its meetings and webcasts). Read-only: seats change only through {@link Registrations}.
 */
@Service
@Transactional(readOnly = true)
public class SeatHolders {

    /** A seat whose current year was declined or let lapse in a re-confirmation round is no longer held. */
    private static final String HELD = """
            FROM registration r
            WHERE status = 'CONFIRMED'
              AND NOT EXISTS (SELECT 1 FROM seat_year y WHERE y.registration_id = r.id AND y.period_year = :year
                              AND y.status IN ('DECLINED', 'LAPSED'))
            """;

    private static final String SELECT_SEAT = "SELECT id, network_id, organisation_id, email, name, title, phase " + HELD;

    private final JdbcClient jdbc;

    private final Clock clock;

    SeatHolders(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The seats held under this e-mail address in any of the networks, oldest first. */
    public List<Seat> seatsOf(String email, Collection<Long> networkIds) {
        if (email == null || networkIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT_SEAT + "AND lower(email) = lower(:email) AND network_id IN (:networks) ORDER BY id")
                .param("email", email.strip()).param("networks", networkIds).param("year", currentYear()).query(Seat.class).list();
    }

    /** The seats held under this e-mail address now, in every network, oldest first. */
    public List<Seat> seatsOf(String email) {
        if (email == null) {
            return List.of();
        }
        return jdbc.sql(SELECT_SEAT + "AND lower(email) = lower(:email) ORDER BY id")
                .param("email", email.strip()).param("year", currentYear()).query(Seat.class).list();
    }

    /** Everyone who holds a seat in the network now, in the order they got it. */
    public List<Seat> holdersOf(long networkId) {
        return jdbc.sql(SELECT_SEAT + "AND network_id = :network ORDER BY id")
                .param("network", networkId).param("year", currentYear()).query(Seat.class).list();
    }

    /**
     * The phone number given with the person's seat in the network (the mobile when there is one),
     * for the person to choose to show; never shown to anyone else by this call.
     */
    public Optional<String> phoneOf(long networkId, String email) {
        return jdbc.sql("SELECT COALESCE(NULLIF(mobile, ''), phone) " + HELD
                        + "AND network_id = :network AND lower(email) = lower(:email) ORDER BY id")
                .param("network", networkId).param("email", email.strip()).param("year", currentYear())
                .query(String.class).list().stream().filter(phone -> phone != null && !phone.isBlank()).findFirst();
    }

    private int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    /**
     * A confirmed seat: the person, their organisation and the network.
     *
     * @param phase where the person said their organisation stands in the work; null when not asked or not answered
     */
    public record Seat(long id, long networkId, long organisationId, String email, String name, String title, Phase phase) {
    }
}
