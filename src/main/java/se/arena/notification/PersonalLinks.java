package se.arena.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.arena.ArenaProperties;
import se.arena.SecretTokens;

/**
 * The personal links that give someone their own page without signing in: a registration, a
 * sign-up, a re-confirmation request, a seat offered by a colleague. Each has an expiry that
 * fits its use, staff can revoke them, and whoever holds an expired or revoked one can have a
 * new one sent to the address it now belongs to ({@link #sendNew(String)}). Only a digest of a
 * link's secret is stored, so a copy of the database is not a list of working links.
 */
@Service
public class PersonalLinks {

    private final PersonalLinkRepository links;
    private final PersonalLinkIssuers issuers;
    private final Outbox outbox;
    private final Clock clock;
    private final String baseUrl;

    PersonalLinks(PersonalLinkRepository links, PersonalLinkIssuers issuers, Outbox outbox, Clock clock,
                  ArenaProperties arena) {
        this.links = links;
        this.issuers = issuers;
        this.outbox = outbox;
        this.clock = clock;
        this.baseUrl = arena.baseUrl();
    }

    /**
     * A new link to {@code path} + its secret, working until {@code expiresAt}. Put it in a mail
     * model as it is; it is masked in the outbox.
     *
     * @param path the page the secret opens, e.g. "/anmalan/"
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public PersonalLink issue(String kind, String reference, String path, Instant expiresAt) {
        String token = SecretTokens.newToken();
        links.insert(kind, reference, SecretTokens.digest(token), clock.instant(), expiresAt);
        return new PersonalLink(baseUrl + path + token, kind, reference);
    }

    /**
     * What a working link of the kind opens.
     *
     * @return empty for a secret that never was a link of the kind
     * @throws ExpiredLinkException for a link that has expired or been revoked: the page then offers a new one
     */
    public Optional<String> open(String kind, String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Optional<StoredLink> link = links.find(kind, SecretTokens.digest(token));
        if (link.isPresent() && !link.get().worksAt(clock.instant())) {
            throw new ExpiredLinkException(token, issuers.issuer(kind).isPresent());
        }
        return link.map(StoredLink::reference);
    }

    /** Every link of the kind to what {@code reference} opens stops working now. */
    @Transactional
    public int revoke(String kind, String reference) {
        return links.revoke(kind, reference, clock.instant());
    }

    /** Whether anything still opens with a link of the kind to {@code reference}: for staff, before they revoke. */
    public boolean hasWorkingLink(String kind, String reference) {
        return links.countWorking(kind, reference, clock.instant()) > 0;
    }

    /**
     * Someone holds an expired or revoked link and asks for a new one (a link that still works
     * needs none): it is sent to the address that what it opens belongs to now, never to an
     * address the asker chooses, and at most {@link PersonalLinkRepository#NEW_LINKS_PER_DAY}
     * times a day for the same thing. Says nothing about whether a link was sent, so a stranger
     * learns nothing from asking.
     */
    @Transactional
    public void sendNew(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return;
        }
        links.findAnyKind(SecretTokens.digest(token))
                .filter(link -> !link.worksAt(clock.instant()))
                .filter(link -> links.issuedSince(link.kind(), link.reference(), clock.instant().minus(PersonalLinkRepository.NEW_LINK_WINDOW))
                        < PersonalLinkRepository.NEW_LINKS_PER_DAY)
                .flatMap(link -> issuers.issuer(link.kind()).flatMap(issuer -> issuer.reissue(link.reference())))
                .ifPresent(fresh -> outbox.enqueue(fresh.recipient(), "Din nya länk till Arena", "personal-link-new",
                        fresh.mailModel()));
    }

    /** A stored link as found by its secret. */
    record StoredLink(String kind, String reference, Instant expiresAt, Instant revokedAt) {

        boolean worksAt(Instant now) {
            return revokedAt == null && now.isBefore(expiresAt);
        }
    }
}
