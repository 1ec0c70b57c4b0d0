package se.arena.identity;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import se.arena.privacy.Actor;

/** Who acts for an organisation, so that other modules can tell them what happens in its name. */
@Service
public class Coordinators {

    private final JdbcClient jdbc;

    Coordinators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The e-mail addresses of the organisation's enabled coordinators. */
    public List<String> emailsOf(long organisationId) {
        return actorsOf(organisationId).stream().map(Actor::label).toList();
    }

    /** The organisation's enabled coordinators as actors (account and address), in the order of their addresses. */
    public List<Actor> actorsOf(long organisationId) {
        return jdbc.sql("""
                SELECT a.id, a.email FROM account a
                JOIN account_organisation ao ON ao.account_id = a.id
                JOIN account_role ar ON ar.account_id = a.id AND ar.role = 'COORDINATOR'
                WHERE ao.organisation_id = :organisation AND a.enabled = TRUE
                ORDER BY a.email
                """)
                .param("organisation", organisationId)
                .query((rs, row) -> new Actor(rs.getLong("id"), rs.getString("email"), null))
                .list();
    }
}
