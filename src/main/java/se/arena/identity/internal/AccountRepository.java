package se.arena.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import se.arena.Paged;
import se.arena.identity.Role;

@Repository
class AccountRepository {

    private static final String SELECT_ACCOUNT = """
            SELECT id, email, display_name, title, phone, enabled, password_hash, totp_secret, totp_enabled
            FROM account
            """;

    private final JdbcClient jdbc;
    private final TotpSecretCipher totpSecrets;

    AccountRepository(JdbcClient jdbc, TotpSecretCipher totpSecrets) {
        this.jdbc = jdbc;
        this.totpSecrets = totpSecrets;
    }

    static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    Optional<Account> findById(long id) {
        return jdbc.sql(SELECT_ACCOUNT + "WHERE id = :id").param("id", id)
                .query(this::account).optional();
    }

    Optional<Account> findByEmail(String email) {
        return jdbc.sql(SELECT_ACCOUNT + "WHERE email = :email").param("email", normaliseEmail(email))
                .query(this::account).optional();
    }

    boolean anyWithRole(Role role) {
        return jdbc.sql("SELECT count(*) FROM account_role WHERE role = :role").param("role", role.name())
                .query(Long.class).single() > 0;
    }

    Paged<Account> search(String text, Role role, int page, int pageSize) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (text != null && !text.isBlank()) {
            conditions.add("(lower(email) LIKE :text OR lower(display_name) LIKE :text)");
            params.put("text", "%" + text.strip().toLowerCase(Locale.forLanguageTag("sv-SE")) + "%");
        }
        if (role != null) {
            conditions.add("id IN (SELECT account_id FROM account_role WHERE role = :role)");
            params.put("role", role.name());
        }
        String where = conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions) + " ";
        long total = jdbc.sql("SELECT count(*) FROM account " + where).params(params).query(Long.class).single();
        int shownPage = Paged.clamp(page, total, pageSize);
        List<Account> items = jdbc.sql(SELECT_ACCOUNT + where + "ORDER BY email LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", pageSize)
                .param("offset", Paged.firstRow(shownPage, pageSize))
                .query(this::account)
                .list();
        return new Paged<>(items, shownPage, pageSize, total);
    }

    long insert(String email, String displayName) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO account (email, display_name) VALUES (:email, :name)")
                .param("email", normaliseEmail(email))
                .param("name", displayName.strip())
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    void replaceRoles(long accountId, Set<Role> roles) {
        jdbc.sql("DELETE FROM account_role WHERE account_id = :id").param("id", accountId).update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (:id, :role)")
                    .param("id", accountId).param("role", role.name()).update();
        }
    }

    void replaceOrganisations(long accountId, Set<Long> organisationIds) {
        jdbc.sql("DELETE FROM account_organisation WHERE account_id = :id").param("id", accountId).update();
        for (Long organisationId : organisationIds) {
            jdbc.sql("INSERT INTO account_organisation (account_id, organisation_id) VALUES (:id, :org)")
                    .param("id", accountId).param("org", organisationId).update();
        }
    }

    void updateProfile(long accountId, String displayName, String title, String phone) {
        jdbc.sql("UPDATE account SET display_name = :name, title = :title, phone = :phone WHERE id = :id")
                .param("name", displayName.strip()).param("title", blankToNull(title)).param("phone", blankToNull(phone))
                .param("id", accountId)
                .update();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    void setEnabled(long accountId, boolean enabled) {
        jdbc.sql("UPDATE account SET enabled = :enabled WHERE id = :id")
                .param("enabled", enabled).param("id", accountId).update();
    }

    void setPassword(long accountId, String passwordHash) {
        jdbc.sql("UPDATE account SET password_hash = :hash WHERE id = :id")
                .param("hash", passwordHash).param("id", accountId).update();
    }

    /** A new secret is not in force until the person has proved their app produces its codes. */
    void setPendingTotpSecret(long accountId, String secret) {
        jdbc.sql("UPDATE account SET totp_secret = :secret, totp_enabled = FALSE, totp_last_step = NULL WHERE id = :id")
                .param("secret", totpSecrets.seal(accountId, secret)).param("id", accountId).update();
    }

    /**
     * Encrypts the TOTP secrets still stored in plain text. A row is only replaced while it holds
     * the plain value just read, so nodes that start together, or a secret changed meanwhile, are
     * left alone, and a second run finds nothing to do.
     *
     * @return how many secrets this call encrypted
     */
    int encryptPlainTotpSecrets() {
        record Stored(long id, String secret) {
        }
        List<Stored> plain = jdbc.sql("SELECT id, totp_secret FROM account WHERE totp_secret NOT LIKE :sealed")
                .param("sealed", TotpSecretCipher.PREFIX + "%")
                .query((rs, row) -> new Stored(rs.getLong("id"), rs.getString("totp_secret")))
                .list();
        int encrypted = 0;
        for (Stored stored : plain) {
            encrypted += jdbc.sql("UPDATE account SET totp_secret = :sealed WHERE id = :id AND totp_secret = :plain")
                    .param("sealed", totpSecrets.seal(stored.id(), stored.secret()))
                    .param("id", stored.id()).param("plain", stored.secret())
                    .update();
        }
        return encrypted;
    }

    void enableTotp(long accountId) {
        jdbc.sql("UPDATE account SET totp_enabled = TRUE WHERE id = :id").param("id", accountId).update();
    }

    /**
     * Accepts a TOTP time step once: the conditional update fails for a step already used,
     * also when two requests with the same code arrive together.
     */
    boolean acceptTotpStep(long accountId, long step) {
        return jdbc.sql("""
                UPDATE account SET totp_last_step = :step
                WHERE id = :id AND (totp_last_step IS NULL OR totp_last_step < :step)
                """)
                .param("step", step).param("id", accountId).update() == 1;
    }

    private Account account(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        return new Account(
                id,
                rs.getString("email"),
                rs.getString("display_name"),
                rs.getString("title"),
                rs.getString("phone"),
                rs.getBoolean("enabled"),
                rs.getString("password_hash"),
                totpSecrets.open(id, rs.getString("totp_secret")),
                rs.getBoolean("totp_enabled"),
                roles(id),
                organisations(id));
    }

    private Set<Role> roles(long accountId) {
        List<String> names = jdbc.sql("SELECT role FROM account_role WHERE account_id = :id")
                .param("id", accountId).query(String.class).list();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(name -> roles.add(Role.valueOf(name)));
        return roles;
    }

    private Set<Long> organisations(long accountId) {
        return new LinkedHashSet<>(jdbc.sql(
                        "SELECT organisation_id FROM account_organisation WHERE account_id = :id ORDER BY organisation_id")
                .param("id", accountId).query(Long.class).list());
    }
}
