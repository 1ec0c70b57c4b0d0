package se.arena.registration;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Makes a coordinator account for an organisation, as an administrator would. */
public record TestCoordinators(JdbcClient jdbc) {

    /** @return the coordinator's new e-mail address */
    public String create(long organisationId) {
        String email = "samordnare-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO account (email, display_name) VALUES (:email, 'Samordnare')").param("email", email).update(key, "id");
        long accountId = key.getKeyAs(Long.class);
        jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (:id, 'COORDINATOR')").param("id", accountId).update();
        jdbc.sql("INSERT INTO account_organisation (account_id, organisation_id) VALUES (:id, :organisation)")
                .param("id", accountId).param("organisation", organisationId).update();
        return email;
    }

    /** The account id behind a coordinator's address, for signing in as them. */
    public long accountId(String email) {
        return jdbc.sql("SELECT id FROM account WHERE email = :email").param("email", email).query(Long.class).single();
    }
}
