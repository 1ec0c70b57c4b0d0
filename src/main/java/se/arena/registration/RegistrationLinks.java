package se.arena.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.arena.TimeConfiguration;
import se.arena.notification.PersonalLink;
import se.arena.notification.PersonalLinks;

/**
 * The personal links of the registration module, each with the expiry that fits its use: a
 * registration's own page, the confirmation of a registration from the public form, a seat
 * offered to a colleague, and a re-confirmation request.
 */
@Component
class RegistrationLinks {

    static final String MANAGE = "registration";
    static final String CONFIRMATION = "registration-confirmation";
    static final String TRANSFER = "seat-transfer";
    static final String RENEWAL = "renewal";

    /**
     * The own page is for the weeks around registering (details, cancelling, passing the seat on);
     * later the person signs in to Mina sidor or has a new link sent.
     */
    private static final Duration MANAGE_VALIDITY = Duration.ofDays(60);
    /** Past the hold the link still opens the page that says the time ran out, instead of a dead end. */
    private static final Duration CONFIRMATION_AFTER_HOLD = Duration.ofDays(30);
    private static final Duration TRANSFER_VALIDITY = Duration.ofDays(14);
    /** A week past the deadline the organisation can still read what was answered. */
    private static final Duration RENEWAL_AFTER_DEADLINE = Duration.ofDays(7);

    private final PersonalLinks links;
    private final Clock clock;

    RegistrationLinks(PersonalLinks links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    PersonalLink manage(long registrationId) {
        return links.issue(MANAGE, Long.toString(registrationId), "/anmalan/", manageExpiry());
    }

    Instant manageExpiry() {
        return clock.instant().plus(MANAGE_VALIDITY);
    }

    PersonalLink confirmation(long registrationId, Instant holdExpiresAt) {
        return links.issue(CONFIRMATION, Long.toString(registrationId), "/anmalan/bekrafta/", holdExpiresAt.plus(CONFIRMATION_AFTER_HOLD));
    }

    PersonalLink transfer(long transferId) {
        return links.issue(TRANSFER, Long.toString(transferId), "/anmalan/overlatelse/", transferExpiry());
    }

    Instant transferExpiry() {
        return clock.instant().plus(TRANSFER_VALIDITY);
    }

    PersonalLink renewal(long requestId, RenewalRound round) {
        return links.issue(RENEWAL, Long.toString(requestId), "/fornyelse/", renewalExpiry(round));
    }

    Instant renewalExpiry(RenewalRound round) {
        return round.deadline().plusDays(1).atStartOfDay(TimeConfiguration.SWEDEN).toInstant().plus(RENEWAL_AFTER_DEADLINE);
    }

    /**
     * What a working link of the kind opens.
     *
     * @throws se.arena.notification.ExpiredLinkException when it has expired or been revoked
     */
    Optional<Long> open(String kind, String token) {
        return links.open(kind, token).map(Long::valueOf);
    }

    /** @return how many links stopped working */
    int revoke(String kind, long id) {
        return links.revoke(kind, Long.toString(id));
    }

    boolean works(String kind, long id) {
        return links.hasWorkingLink(kind, Long.toString(id));
    }
}
