package se.arena.registration;

import java.util.List;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.arena.identity.MyPagesSection;
import se.arena.identity.SignedInUser;
import se.arena.network.Network;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.Organisation;
import se.arena.organisation.OrganisationDirectory;

/**
 * "Förnyelse att svara på" at the top of Mina sidor: the re-confirmation rounds that ask the
 * signed-in person about their organisation's seats, or their own, while they take answers.
 */
@Component
@Order(5)
class MyRenewals implements MyPagesSection {

    private final Renewals renewals;
    private final NetworkCatalogue catalogue;
    private final OrganisationDirectory organisations;

    MyRenewals(Renewals renewals, NetworkCatalogue catalogue, OrganisationDirectory organisations) {
        this.renewals = renewals;
        this.catalogue = catalogue;
        this.organisations = organisations;
    }

    /** One open request, with how many of its seats nobody has answered for yet. */
    record Entry(RenewalRequest request, RenewalRound round, Network network, Organisation organisation, long silent) {
    }

    @Override
    public String template() {
        return "registration/my-renewals";
    }

    @Override
    public Optional<List<Entry>> content(SignedInUser user) {
        List<Entry> entries = renewals.openRequestsTo(user.email()).stream().map(request -> {
            RenewalRound round = renewals.roundOf(request);
            return new Entry(request, round, catalogue.find(round.networkId()).orElseThrow(),
                    organisations.findAll(List.of(request.organisationId())).getFirst(),
                    renewals.seats(round, request).stream().filter(seat -> !seat.isAnswered()).count());
        }).toList();
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries);
    }
}
