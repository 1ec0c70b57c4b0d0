package se.arena.registration;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.arena.identity.MyPagesSection;
import se.arena.identity.SignedInUser;
import se.arena.network.Network;
import se.arena.network.NetworkCatalogue;

/** "Mina anmälningar" on Mina sidor: every registration made with the signed-in person's address. */
@Component
@Order(10)
class MyRegistrations implements MyPagesSection {

    private final Registrations registrations;
    private final NetworkCatalogue catalogue;

    MyRegistrations(Registrations registrations, NetworkCatalogue catalogue) {
        this.registrations = registrations;
        this.catalogue = catalogue;
    }

    /** One registration with the network it is for. */
    record Entry(Registration registration, Network network) {
    }

    @Override
    public String template() {
        return "registration/my-registrations";
    }

    @Override
    public Optional<List<Entry>> content(SignedInUser user) {
        List<Registration> mine = registrations.allOfEmail(user.email());
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Network> networks = mine.stream().map(Registration::networkId).distinct()
                .map(catalogue::find).flatMap(Optional::stream)
                .collect(Collectors.toMap(Network::id, Function.identity()));
        return Optional.of(mine.stream()
                .filter(registration -> networks.containsKey(registration.networkId()))
                .map(registration -> new Entry(registration, networks.get(registration.networkId())))
                .toList());
    }
}
