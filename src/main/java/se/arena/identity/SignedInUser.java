package se.arena.identity;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import se.arena.privacy.Actor;

/**
 * The person behind the current request, kept in the (database-stored) session. Its name is
 * the account id, so that Spring Session can find and end all of an account's sessions.
 * Roles and organisations are a snapshot: changing them ends the account's sessions.
 */
public record SignedInUser(
        long accountId,
        String email,
        String displayName,
        Set<Role> roles,
        Set<Long> organisationIds,
        Instant signedInAt) implements Principal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public SignedInUser {
        roles = Set.copyOf(roles);
        organisationIds = Set.copyOf(organisationIds);
    }

    /** The signed-in user of this request, if the request is fully signed in. */
    public static Optional<SignedInUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? Optional.of(user)
                : Optional.empty();
    }

    /** The signed-in person of this request as the audit log records them. */
    public static Actor actor(HttpServletRequest request) {
        SignedInUser user = current().orElseThrow(() -> new IllegalStateException("No one is signed in"));
        return new Actor(user.accountId(), user.email(), request.getRemoteAddr());
    }

    @Override
    public String getName() {
        return Long.toString(accountId);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    public boolean has(Role role) {
        return roles.contains(role) || role == Role.STAFF && roles.contains(Role.ADMIN);
    }

    /** Staff see every organisation; a coordinator only the ones they act for. */
    public boolean mayAccessOrganisation(long organisationId) {
        return isStaff() || organisationIds.contains(organisationId);
    }
}
