package se.arena.room.subgroup;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.arena.ConditionalOnDemoContent;
import se.arena.DemoContentLedger;
import se.arena.SecretTokens;
import se.arena.network.Network;
import se.arena.network.NetworkCatalogue;
import se.arena.network.NetworkFilter;
import se.arena.room.RoomMember;
import se.arena.room.Rooms;

/**
 * A thread in each of the demo's confirmed sub-groups, started by one of its members, after the
 * groups (order 125) and the room's own threads (order 130) are in place.
 */
@Component
@Order(135)
@ConditionalOnDemoContent
class SubGroupThreadDemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SubGroupThreadDemoContent.class);
    private static final List<String> TITLES = List.of("Vår första gruppträff", "Erfarenheter från vår del av landet");
    private static final String BODY = """
            Hej alla i gruppen! Här kan vi prata om det som gäller just oss. Vilka frågor vill ni ta upp \
            när vi ses nästa gång?""";

    private final SubGroups subGroups;
    private final Rooms rooms;
    private final NetworkCatalogue networks;
    private final DemoContentLedger ledger;

    SubGroupThreadDemoContent(SubGroups subGroups, Rooms rooms, NetworkCatalogue networks, DemoContentLedger ledger) {
        this.subGroups = subGroups;
        this.rooms = rooms;
        this.networks = networks;
        this.ledger = ledger;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean loaded = ledger.loadOnce("subgroup-threads", () -> networks.publicNetworks(new NetworkFilter(null, null, false)).stream()
                .filter(network -> network.slug().equals(SubGroupDemoContent.NETWORK)).findFirst().ifPresent(this::writeThreads));
        if (loaded) {
            log.info("Demo content: a thread in each sub-group of {}", SubGroupDemoContent.NETWORK);
        }
    }

    private void writeThreads(Network network) {
        subGroups.latest(network, DivisionStatus.CONFIRMED).ifPresent(division -> {
            List<DivisionView.GroupView> groups = division.groups();
            for (int i = 0; i < groups.size(); i++) {
                DivisionView.GroupView group = groups.get(i);
                if (group.members().isEmpty()) {
                    continue;
                }
                Member starter = group.members().getFirst();
                RoomMember author = new RoomMember(network, 0, starter.email().strip().toLowerCase(Locale.ROOT), starter.name(),
                        RoomMember.Kind.SEAT_HOLDER);
                rooms.startThread(author, group.group().id(), TITLES.get(i % TITLES.size()), BODY, SecretTokens.newToken());
            }
        });
    }
}
