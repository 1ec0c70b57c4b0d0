package se.arena.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads published networks and their invitations. */
@Service
@Transactional(readOnly = true)
public class NetworkCatalogue {

    private final NetworkRepository networks;
    private final Clock clock;

    NetworkCatalogue(NetworkRepository networks, Clock clock) {
        this.networks = networks;
        this.clock = clock;
    }

    public List<Network> publicNetworks(NetworkFilter filter) {
        return networks.findPublic(filter, LocalDate.now(clock));
    }

    public List<String> publicThemes() {
        return networks.publicThemes();
    }

    /** A network by id, whatever its state, for modules that hold network ids. */
    public Optional<Network> find(long id) {
        return networks.findById(id);
    }

    public Optional<Invitation> publicInvitation(String slug) {
        return networks.findBySlug(slug)
                .filter(network -> network.status().isPublic())
                .map(network -> new Invitation(network, networks.sections(network.id()), networks.contacts(network.id())));
    }
}
