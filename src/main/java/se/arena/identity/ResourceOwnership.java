package se.arena.identity;

import java.util.Optional;

/**
 * How a module tells the access check who may reach its records by id. A module that adds a
 * page like {@code /anmalan/{registrationId}} declares a bean of this type for
 * "registrationId"; an id-bearing path outside the staff pages without such a rule is refused.
 */
public interface ResourceOwnership {

    /** The path variable this rule guards, e.g. "registrationId". */
    String pathVariable();

    /** @param user the signed-in user, or empty for an anonymous visitor */
    boolean mayAccess(Optional<SignedInUser> user, String id);
}
