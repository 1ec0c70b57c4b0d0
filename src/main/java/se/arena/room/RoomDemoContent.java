package se.arena.room;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.arena.ConditionalOnDemoContent;
import se.arena.DemoContentLedger;
import se.arena.DemoYaml;
import se.arena.SecretTokens;
import se.arena.network.Network;
import se.arena.network.NetworkCatalogue;
import se.arena.network.NetworkFilter;
import se.arena.registration.SeatHolders;

import static se.arena.DemoYaml.text;

/**
 * The running civil-society network's room with a few threads, written by its demo seat holders
 * after their registrations are loaded, and a few members who show their contact details, so that the room shows what a network does between meetings.
 */
@Component
@Order(130)
@ConditionalOnDemoContent
class RoomDemoContent implements ApplicationRunner {

    static final String NETWORK = "samverkan-civilsamhallet-2023-2026";
    private static final String STAFF = "staff";
    private static final Logger log = LoggerFactory.getLogger(RoomDemoContent.class);

    private final Rooms rooms;
    private final RoomDirectory directory;
    private final NetworkCatalogue networks;
    private final SeatHolders seats;
    private final DemoContentLedger ledger;

    RoomDemoContent(Rooms rooms, RoomDirectory directory, NetworkCatalogue networks, SeatHolders seats, DemoContentLedger ledger) {
        this.rooms = rooms;
        this.directory = directory;
        this.networks = networks;
        this.seats = seats;
        this.ledger = ledger;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean loaded = ledger.loadOnce("room", () -> networks.publicNetworks(new NetworkFilter(null, null, false)).stream()
                .filter(network -> network.slug().equals(NETWORK)).findFirst().ifPresent(this::writeThreads));
        if (loaded) {
            log.info("Demo content: threads in the room of {}", NETWORK);
        }
    }

    private void writeThreads(Network network) {
        Map<String, RoomMember> holders = seats.holdersOf(network.id()).stream()
                .collect(Collectors.toMap(SeatHolders.Seat::name, seat -> new RoomMember(network, 0, RoomMember.key(seat.email()), seat.name(),
                        RoomMember.Kind.SEAT_HOLDER), (first, second) -> first));
        RoomMember staff = new RoomMember(network, 0, "natverk@example.org", "Nätverkets samordnare på SKR", RoomMember.Kind.STAFF);
        for (Map<String, Object> thread : DemoYaml.entries(RoomDemoContent.class, "demo-room.yaml", "threads")) {
            List<Map<String, Object>> posts = DemoYaml.list(thread, "posts");
            RoomMember starter = author(posts.getFirst(), holders, staff);
            long threadId = rooms.startThread(starter, text(thread, "title"), text(posts.getFirst(), "body"), SecretTokens.newToken());
            RoomThread started = rooms.thread(starter, threadId).orElseThrow();
            posts.stream().skip(1).forEach(post -> rooms.reply(author(post, holders, staff), started, text(post, "body"), SecretTokens.newToken()));
        }
        // some show their contact details under Personer, as members do; the rest keep the private default
        for (Map<String, Object> person : DemoYaml.entries(RoomDemoContent.class, "demo-room.yaml", "directory")) {
            directory.choose(author(person, holders, staff), new DirectoryChoice(true, person.get("phone") != null, DemoYaml.optional(person, "phone")));
        }
    }

    private static RoomMember author(Map<String, Object> post, Map<String, RoomMember> holders, RoomMember staff) {
        String by = text(post, "by");
        return by.equals(STAFF) ? staff : Optional.ofNullable(holders.get(by))
                .orElseThrow(() -> new IllegalStateException("Demo room: " + by + " holds no seat in " + NETWORK));
    }
}
