package se.arena.identity;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Who works for the association, so that other modules can tell staff what happens without knowing accounts. */
@Service
public class StaffMembers {

    private final JdbcClient jdbc;

    StaffMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The addresses among {@code emails} that belong to enabled staff accounts (staff or administrators), lower case. */
    public List<String> staffAmong(Collection<String> emails) {
        if (emails.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT DISTINCT lower(a.email) FROM account a
                JOIN account_role ar ON ar.account_id = a.id AND ar.role IN ('STAFF', 'ADMIN')
                WHERE a.enabled = TRUE AND lower(a.email) IN (:emails)
                ORDER BY lower(a.email)
                """)
                .param("emails", emails.stream().map(email -> email.strip().toLowerCase(Locale.ROOT)).toList())
                .query(String.class).list();
    }

    /**
     * The addresses of every enabled account with the role, e.g. every handläggare for
     * {@link Role#STAFF}. An administrator's account is included only if it has the role itself.
     */
    public List<String> withRole(Role role) {
        return jdbc.sql("""
                SELECT a.email FROM account a
                JOIN account_role ar ON ar.account_id = a.id AND ar.role = :role
                WHERE a.enabled = TRUE
                ORDER BY a.email
                """)
                .param("role", role.name()).query(String.class).list();
    }
}
