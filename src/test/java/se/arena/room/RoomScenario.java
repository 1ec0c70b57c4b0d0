package se.arena.room;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.privacy.Actor;
import se.arena.registration.Registration;
import se.arena.registration.Registrations;
import se.arena.registration.TestNetworks;
import se.arena.registration.TestSeats;

/**
 * A room with the people the access rules tell apart: two seat holders, a former seat holder,
 * the holder of a seat in another network, a coordinator of a member organisation without a
 * seat, and staff. Each person gets unique addresses, so scenarios never meet.
 */
record RoomScenario(Network network, Network otherNetwork, long organisationId, SignedInUser holder, SignedInUser colleague,
                    SignedInUser former, SignedInUser otherHolder, SignedInUser coordinator, SignedInUser staff) {

    static RoomScenario create(NetworkAdministration administration, NetworkCatalogue catalogue, Registrations registrations,
                               JdbcClient jdbc) {
        TestNetworks networks = new TestNetworks(administration, catalogue);
        Network network = networks.open(null, null, "");
        Network other = networks.open(null, null, "");
        List<Long> organisations = jdbc.sql("SELECT id FROM organisation WHERE type = 'MUNICIPALITY' ORDER BY id LIMIT 2")
                .query(Long.class).list();
        long organisation = organisations.getFirst();
        TestSeats seats = new TestSeats(registrations);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Registration holder = seats.seat(network, organisation, "innehavare-" + unique + "@example.org", "Ida Innehavare" + unique);
        Registration colleague = seats.seat(network, organisations.getLast(), "kollega-" + unique + "@example.org", "Kim Kollega" + unique);
        Registration former = seats.seat(network, organisation, "tidigare-" + unique + "@example.org", "Tove Tidigare" + unique);
        registrations.cancelByStaff(network, former, Actor.system());
        Registration otherHolder = seats.seat(other, organisation, "annat-" + unique + "@example.org", "Anna Annat" + unique);
        return new RoomScenario(network, other, organisation, participant(holder), participant(colleague), participant(former),
                participant(otherHolder),
                new SignedInUser(uniqueId(), "samordnare-" + unique + "@example.org", "Sam Samordnare", Set.of(Role.COORDINATOR),
                        Set.of(organisation), Instant.now()),
                new SignedInUser(uniqueId(), "handlaggare-" + unique + "@example.org", "Hanna Handläggare", Set.of(Role.STAFF),
                        Set.of(), Instant.now()));
    }

    private static SignedInUser participant(Registration registration) {
        return new SignedInUser(uniqueId(), registration.email(), registration.name(), Set.of(Role.PARTICIPANT), Set.of(), Instant.now());
    }

    private static long uniqueId() {
        return 970_000_000L + (UUID.randomUUID().getMostSignificantBits() & 0xFFFFFF);
    }

    /** A new confirmed sub-group of the room's network with the member in it, as staff would have confirmed it. */
    long subgroupOf(JdbcClient jdbc, SignedInUser member) {
        KeyHolder division = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO room_subgroup_division (network_id, grouping_key, status, created_at) VALUES (:n, 'SIZE', 'CONFIRMED', CURRENT_TIMESTAMP)")
                .param("n", network.id()).update(division, "id");
        KeyHolder group = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO room_subgroup (division_id, network_id, name, position) VALUES (:d, :n, 'Grupp 1', 0)")
                .param("d", division.getKeyAs(Long.class)).param("n", network.id()).update(group, "id");
        jdbc.sql("""
                INSERT INTO room_subgroup_member (division_id, registration_id, subgroup_id)
                SELECT :d, id, :g FROM registration WHERE network_id = :n AND email = :email
                """).param("d", division.getKeyAs(Long.class)).param("g", group.getKeyAs(Long.class)).param("n", network.id())
                .param("email", member.email()).update();
        return group.getKeyAs(Long.class);
    }

    String room() {
        return "/rum/" + network.id();
    }

    static String key() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
