package se.arena.registration;

import java.util.Optional;
import java.util.function.Function;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.arena.network.Network;
import se.arena.network.NetworkCatalogue;
import se.arena.notification.IssuedLink;
import se.arena.notification.PersonalLinkIssuer;

/** Fresh links of the registration module, when their holder asks for one or staff send their e-mail again. */
@Configuration(proxyBeanMethods = false)
class RegistrationLinkIssuers {

    @Bean
    PersonalLinkIssuer manageLinkIssuer(Registrations registrations, NetworkCatalogue networks) {
        return PersonalLinkIssuer.of(RegistrationLinks.MANAGE, reference -> registrations.find(Long.parseLong(reference))
                .flatMap(registration -> ofNetwork(networks, registration.networkId(),
                        network -> registrations.reissueManageLink(registration.id(), network))));
    }

    @Bean
    PersonalLinkIssuer confirmationLinkIssuer(Registrations registrations, NetworkCatalogue networks) {
        return PersonalLinkIssuer.of(RegistrationLinks.CONFIRMATION, reference -> registrations.find(Long.parseLong(reference))
                .flatMap(registration -> ofNetwork(networks, registration.networkId(),
                        network -> registrations.reissueConfirmationLink(registration.id(), network))));
    }

    @Bean
    PersonalLinkIssuer transferLinkIssuer(SeatTransfers transfers, RegistrationRepository rows, NetworkCatalogue networks) {
        return PersonalLinkIssuer.of(RegistrationLinks.TRANSFER, reference -> rows.findOpenTransfer(Long.parseLong(reference))
                .flatMap(transfer -> rows.findById(transfer.registrationId()))
                .flatMap(holder -> ofNetwork(networks, holder.networkId(),
                        network -> transfers.reissueOfferLink(Long.parseLong(reference), network))));
    }

    @Bean
    PersonalLinkIssuer renewalLinkIssuer(Renewals renewals) {
        return PersonalLinkIssuer.of(RegistrationLinks.RENEWAL, reference -> renewals.reissueAnswerLink(Long.parseLong(reference)));
    }

    private static Optional<IssuedLink> ofNetwork(NetworkCatalogue networks, long networkId,
                                                  Function<Network, Optional<IssuedLink>> reissue) {
        return networks.find(networkId).flatMap(reissue);
    }
}
