package se.arena.network;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads published networks and their invitations. */
@Service
@Transactional(readOnly = true)
public class NetworkCatalogue {

    private final NetworkRepository networks;

    NetworkCatalogue(NetworkRepository networks) {
        this.networks = networks;
    }

    public List<Network> publicNetworks(NetworkFilter filter) {
        return networks.findPublic(filter);
    }

    public List<String> publicThemes() {
        return networks.publicThemes();
    }

    public Optional<Invitation> publicInvitation(String slug) {
        return networks.findBySlug(slug)
                .filter(network -> network.status().isPublic())
                .map(network -> new Invitation(network, networks.sections(network.id()), networks.contacts(network.id())));
    }
}
