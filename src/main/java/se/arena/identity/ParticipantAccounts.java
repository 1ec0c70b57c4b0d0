package se.arena.identity;

/**
 * Gives everyone who registers an account to sign in with by e-mail link, so that "Mina sidor"
 * can show them their registrations and activities without a personal link at hand.
 */
public interface ParticipantAccounts {

    /**
     * Creates a participant account for the address unless one exists. Call it after the
     * registration has been committed: it runs in its own transaction, so a clash with a
     * concurrent first registration of the same address can never undo the registration.
     */
    void ensureFor(String email, String displayName);
}
