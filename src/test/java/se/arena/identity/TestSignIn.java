package se.arena.identity;

import java.time.Instant;
import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Signs a MockMvc request in as someone, without the sign-in pages, for tests of other pages. */
public final class TestSignIn {

    private TestSignIn() {
    }

    public static RequestPostProcessor as(SignedInUser user) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.roles().stream().map(Role::authority).toList()));
    }

    public static SignedInUser user(long accountId, Role role, Set<Long> organisationIds) {
        return new SignedInUser(accountId, role.name().toLowerCase() + accountId + "@example.org", role.label(),
                Set.of(role), organisationIds, Instant.now());
    }
}
