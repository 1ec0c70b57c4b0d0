package se.arena.notification;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every module's {@link PersonalLinkIssuer}, by the kind of link it issues. Looked up when
 * needed rather than at start-up: an issuer's module issues its links through
 * {@link PersonalLinks}, which needs the issuers in turn.
 */
@Component
class PersonalLinkIssuers {

    private final ObjectProvider<PersonalLinkIssuer> issuers;

    PersonalLinkIssuers(ObjectProvider<PersonalLinkIssuer> issuers) {
        this.issuers = issuers;
    }

    Optional<PersonalLinkIssuer> issuer(String kind) {
        return issuers.stream().filter(issuer -> issuer.kind().equals(kind)).findFirst();
    }
}
