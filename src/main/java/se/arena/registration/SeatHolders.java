package se.arena.registration;

import java.util.Collection;
import java.util.List;

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

    private static final String SELECT_SEAT = """
            SELECT id, network_id, organisation_id, email, name, title FROM registration
            WHERE status = 'CONFIRMED'
            """;

    private final JdbcClient jdbc;

    SeatHolders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The seats held under this e-mail address in any of the networks, oldest first. */
    public List<Seat> seatsOf(String email, Collection<Long> networkIds) {
        if (email == null || networkIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT_SEAT + "AND lower(email) = lower(:email) AND network_id IN (:networks) ORDER BY id")
                .param("email", email.strip()).param("networks", networkIds).query(Seat.class).list();
    }

    /** Everyone who holds a seat in the network now, in the order they got it. */
    public List<Seat> holdersOf(long networkId) {
        return jdbc.sql(SELECT_SEAT + "AND network_id = :network ORDER BY id")
                .param("network", networkId).query(Seat.class).list();
    }

    /** A confirmed seat: the person, their organisation and the network. */
    public record Seat(long id, long networkId, long organisationId, String email, String name, String title) {
    }
}
