package se.arena.identity.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.arena.identity.Role;
import se.arena.identity.SignedInUser;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Makes accounts for tests directly in the database, each with a unique address. */
public record TestAccounts(AccountRepository accounts, PasswordEncoder passwords, Clock clock) {

    public static final String STAFF_PASSWORD = "rödbetor och ärtsoppa på torsdag";

    public Account participant() {
        return create(Role.PARTICIPANT, Set.of());
    }

    public Account coordinatorOf(long organisationId) {
        return create(Role.COORDINATOR, Set.of(organisationId));
    }

    /** A staff member with a password and a confirmed authenticator secret. */
    public Account staff(Role role) {
        Account account = create(role, Set.of());
        accounts.setPassword(account.id(), passwords.encode(STAFF_PASSWORD));
        accounts.setPendingTotpSecret(account.id(), Totp.newSecret());
        accounts.enableTotp(account.id());
        return accounts.findById(account.id()).orElseThrow();
    }

    public String currentCode(Account staff) {
        return Totp.codeAt(staff.totpSecret(), clock.instant());
    }

    /** Signs the request in as the account without going through the sign-in pages. */
    public RequestPostProcessor signedInAs(Account account) {
        SignedInUser user = new SignedInUser(account.id(), account.email(), account.displayName(), account.roles(),
                account.organisationIds(), clock.instant());
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.roles().stream().map(Role::authority).toList()));
    }

    private Account create(Role role, Set<Long> organisationIds) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long id = accounts.insert(email, "Testperson " + role.label());
        accounts.replaceRoles(id, EnumSet.of(role));
        accounts.replaceOrganisations(id, organisationIds);
        return accounts.findById(id).orElseThrow();
    }
}
