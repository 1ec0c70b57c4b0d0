package se.arena.notification;

import java.util.Optional;
import java.util.function.Function;

/**
 * Issues fresh {@link PersonalLink}s of one kind. The module that owns what a kind of link opens
 * implements it, so that the outbox can send a message again with a working link (the stored one
 * is gone once a message is sent), and someone with an expired link can have a new one, without
 * the outbox knowing anything about registrations or accounts.
 */
public interface PersonalLinkIssuer {

    /** The {@link PersonalLink#kind()} it issues. */
    String kind();

    /**
     * A fresh link to what {@code reference} opens, for the address it belongs to now.
     *
     * @return empty when there is nothing left to open
     */
    Optional<IssuedLink> reissue(String reference);

    /** An issuer made of its kind and what issues the link. */
    static PersonalLinkIssuer of(String kind, Function<String, Optional<IssuedLink>> reissue) {
        return new PersonalLinkIssuer() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public Optional<IssuedLink> reissue(String reference) {
                return reissue.apply(reference);
            }
        };
    }
}
