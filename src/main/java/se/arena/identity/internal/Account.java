package se.arena.identity.internal;

import java.time.Instant;
import java.util.Set;

import se.arena.identity.Role;

/**
 * An account. Staff sign in with a password and an authenticator app; coordinators and
 * participants sign in with a link sent to their e-mail address and have no password.
 */
public record Account(
        long id,
        String email,
        String displayName,
        String title,
        String phone,
        boolean enabled,
        String passwordHash,
        String totpSecret,
        boolean totpEnabled,
        Instant lockedUntil,
        Set<Role> roles,
        Set<Long> organisationIds) {

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Staff accounts are set up (password and authenticator) through a one-time link first. */
    public boolean isSetUp() {
        return passwordHash != null && totpEnabled;
    }

    /** E-mail links are for people without a password; staff must use their second factor. */
    public boolean signsInByEmailLink() {
        return enabled && !isStaff() && !roles.isEmpty();
    }
}
