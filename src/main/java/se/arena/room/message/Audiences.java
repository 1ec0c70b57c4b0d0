package se.arena.room.message;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arena.activity.ActivityCatalogue;
import se.arena.activity.SignUp;
import se.arena.activity.SignUps;
import se.arena.network.NetworkCatalogue;
import se.arena.registration.SeatHolders;
import se.arena.room.subgroup.SubGroups;

/** Finds an audience and who is in it now: read when a message is sent, never earlier. */
@Service
@Transactional(readOnly = true)
class Audiences {

    private final NetworkCatalogue networks;
    private final SeatHolders seatHolders;
    private final ActivityCatalogue activities;
    private final SignUps signUps;
    private final SubGroups subGroups;

    Audiences(NetworkCatalogue networks, SeatHolders seatHolders, ActivityCatalogue activities, SignUps signUps,
              SubGroups subGroups) {
        this.networks = networks;
        this.seatHolders = seatHolders;
        this.activities = activities;
        this.signUps = signUps;
        this.subGroups = subGroups;
    }

    /**
     * @param networkId the network a sub-group belongs to; ignored for the other kinds
     * @return empty when it no longer exists, or for a sub-group that is removed, replaced or only proposed
     */
    Optional<Audience> find(Audience.Kind kind, long id, Long networkId) {
        return switch (kind) {
            case NETWORK -> networks.find(id).map(Audience.OfNetwork::new);
            case ACTIVITY -> activities.find(id).map(Audience.OfActivity::new);
            case SUBGROUP -> Optional.ofNullable(networkId).flatMap(networks::find)
                    .flatMap(network -> subGroups.confirmedGroups(network).stream().filter(group -> group.group().id() == id)
                            .findFirst().map(group -> new Audience.OfSubGroup(network, group)));
        };
    }

    /** The network's confirmed sub-groups, each an audience of its own. */
    List<Audience.OfSubGroup> subGroupsOf(Audience.OfNetwork network) {
        return subGroups.confirmedGroups(network.network()).stream().map(group -> new Audience.OfSubGroup(network.network(), group)).toList();
    }

    /**
     * Everyone the audience reaches now, each address once (a person with two seats, or two
     * places, gets one mail), in the order they joined.
     */
    List<Recipient> recipients(Audience audience) {
        List<Recipient> people = switch (audience) {
            case Audience.OfNetwork network -> seatHolders.holdersOf(network.id()).stream()
                    .map(seat -> new Recipient(seat.email(), seat.name())).toList();
            case Audience.OfActivity activity -> signUps.allOf(activity.activity()).stream()
                    .filter(SignUp::isConfirmed)
                    .map(signUp -> new Recipient(signUp.email(), signUp.name())).toList();
            case Audience.OfSubGroup subGroup -> members(subGroup);
        };
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        people.forEach(person -> byAddress.putIfAbsent(person.email().strip().toLowerCase(Locale.ROOT), person));
        return List.copyOf(byAddress.values());
    }

    /**
     * The group's members who hold a seat now. The group lists its members from the current seat
     * holders already; this asks the seats again so that a member whose seat ended is left out
     * even if the sub-groups ever kept former holders.
     */
    private List<Recipient> members(Audience.OfSubGroup subGroup) {
        Set<Long> seats = seatHolders.holdersOf(subGroup.network().id()).stream().map(SeatHolders.Seat::id).collect(Collectors.toSet());
        return subGroup.group().members().stream().filter(member -> seats.contains(member.registrationId()))
                .map(member -> new Recipient(member.email(), member.name())).toList();
    }

    /** One person a message goes to. */
    record Recipient(String email, String name) {
    }
}
