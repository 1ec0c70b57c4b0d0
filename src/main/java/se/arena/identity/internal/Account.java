package se.arena.identity.internal;

import java.util.Set;

import se.arena.identity.Role;

/**
 * An account. Staff sign in with a password and an authenticator app; coordinators and
 * participants sign in with a link sent to their e-mail address and have no password. The TOTP
 * secret is the plain base32 one; the database only holds it encrypted ({@link TotpSecretCipher}).
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
        Set<Role> roles,
        Set<Long> organisationIds) {

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
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
