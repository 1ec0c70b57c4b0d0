package se.arena.identity.internal;

import jakarta.validation.constraints.Size;

/**
 * What the staff sign-in form sends. An address longer than any account's, or a password longer
 * than any the policy lets be set, is refused before any lookup or hashing.
 */
record PasswordSignInForm(@Size(max = 320) String email, @Size(max = PasswordPolicy.MAXIMUM_LENGTH) String password) {
}
