package se.arena.room.subgroup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.arena.ConditionalOnDemoContent;
import se.arena.DemoContentLedger;
import se.arena.network.NetworkCatalogue;
import se.arena.network.NetworkFilter;
import se.arena.privacy.Actor;

/**
 * Two confirmed sub-groups in the running civil-society network, after its registrations are
 * loaded: the app's proposal by neighbouring counties, confirmed as staff would.
 */
@Component
@Order(125)
@ConditionalOnDemoContent
class SubGroupDemoContent implements ApplicationRunner {

    static final String NETWORK = "samverkan-civilsamhallet-2023-2026";
    private static final Logger log = LoggerFactory.getLogger(SubGroupDemoContent.class);

    private final SubGroups subGroups;
    private final NetworkCatalogue networks;
    private final DemoContentLedger ledger;

    SubGroupDemoContent(SubGroups subGroups, NetworkCatalogue networks, DemoContentLedger ledger) {
        this.subGroups = subGroups;
        this.networks = networks;
        this.ledger = ledger;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean loaded = ledger.loadOnce("subgroups", () -> networks.publicNetworks(new NetworkFilter(null, null, false)).stream()
                .filter(network -> network.slug().equals(NETWORK)).findFirst()
                .ifPresent(network -> subGroups.propose(network, Grouping.NEIGHBOURS, Target.groups(2))
                        .ifPresent(division -> subGroups.confirm(network, division, Actor.system()))));
        if (loaded) {
            log.info("Demo content: two sub-groups in {}", NETWORK);
        }
    }
}
