package se.arena.identity.internal;

import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.arena.ConditionalOnDemoContent;
import se.arena.DemoContentLedger;
import se.arena.identity.Role;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationFilter;

/**
 * Fictional people to try the passwordless sign-in with: a coordinator for Karlskoga kommun
 * (the municipality of seed 001) and a participant. Without an SMTP server their links end up
 * in the outbox, which staff read under Utskick.
 */
@Component
@Order(110)
@ConditionalOnDemoContent
class IdentityDemoContent implements ApplicationRunner {

    static final String COORDINATOR = "samordnare.karlskoga@example.org";
    static final String PARTICIPANT = "deltagare.karlskoga@example.org";

    private static final Logger log = LoggerFactory.getLogger(IdentityDemoContent.class);

    private final AccountRepository accounts;
    private final OrganisationDirectory organisations;
    private final DemoContentLedger ledger;

    IdentityDemoContent(AccountRepository accounts, OrganisationDirectory organisations, DemoContentLedger ledger) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.ledger = ledger;
    }

    @Override
    public void run(ApplicationArguments args) {
        ledger.loadOnce("accounts", () -> {
            long karlskoga = organisations.search(OrganisationFilter.of("Karlskoga", null, "MUNICIPALITY"), 1, 1)
                    .items().getFirst().id();
            long coordinator = accounts.insert(COORDINATOR, "Maja Lindgren");
            accounts.updateProfile(coordinator, "Maja Lindgren", "Utvecklingsstrateg", "070-174 06 10");
            accounts.replaceRoles(coordinator, EnumSet.of(Role.COORDINATOR));
            accounts.replaceOrganisations(coordinator, Set.of(karlskoga));
            long participant = accounts.insert(PARTICIPANT, "Omar Haddad");
            accounts.updateProfile(participant, "Omar Haddad", "Demokratisamordnare", "070-174 06 11");
            accounts.replaceRoles(participant, EnumSet.of(Role.PARTICIPANT));
            log.info("Demo content: coordinator {} and participant {} can sign in by e-mail link", COORDINATOR, PARTICIPANT);
        });
    }
}
