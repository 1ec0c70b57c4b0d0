package se.arena.room;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What members of rooms chose to show on the people page; no row is the default, nothing shown. */
@Repository
class DirectoryRepository {

    private static final RowMapper<DirectoryChoice> CHOICE = (rs, row) ->
            new DirectoryChoice(rs.getBoolean("show_email"), rs.getBoolean("show_phone"), rs.getString("phone"));

    private final JdbcClient jdbc;

    DirectoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DirectoryChoice> choice(long networkId, String email) {
        return jdbc.sql("SELECT show_email, show_phone, phone FROM room_directory WHERE network_id = :network AND email = :email")
                .param("network", networkId).param("email", email).query(CHOICE).optional();
    }

    /** Every choice in the room, by address: one read for the whole people page. */
    Map<String, DirectoryChoice> choices(long networkId) {
        return jdbc.sql("SELECT email, show_email, show_phone, phone FROM room_directory WHERE network_id = :network")
                .param("network", networkId)
                .query((rs, row) -> Map.entry(rs.getString("email"), CHOICE.mapRow(rs, row)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void save(long networkId, String email, DirectoryChoice choice) {
        int updated = jdbc.sql("""
                UPDATE room_directory SET show_email = :showEmail, show_phone = :showPhone, phone = :phone
                WHERE network_id = :network AND email = :email
                """)
                .param("showEmail", choice.showEmail()).param("showPhone", choice.showPhone()).param("phone", choice.phone())
                .param("network", networkId).param("email", email).update();
        if (updated == 0) {
            try {
                jdbc.sql("""
                        INSERT INTO room_directory (network_id, email, show_email, show_phone, phone)
                        VALUES (:network, :email, :showEmail, :showPhone, :phone)
                        """)
                        .param("showEmail", choice.showEmail()).param("showPhone", choice.showPhone()).param("phone", choice.phone())
                        .param("network", networkId).param("email", email).update();
            } catch (DuplicateKeyException savedInAnotherTabAtOnce) {
                save(networkId, email, choice);
            }
        }
    }

    void delete(long networkId, String email) {
        jdbc.sql("DELETE FROM room_directory WHERE network_id = :network AND email = :email")
                .param("network", networkId).param("email", email).update();
    }
}
