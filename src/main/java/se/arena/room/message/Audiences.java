package se.arena.room.message;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arena.activity.ActivityCatalogue;
import se.arena.activity.SignUp;
import se.arena.activity.SignUps;
import se.arena.network.NetworkCatalogue;
import se.arena.registration.SeatHolders;

/** Finds an audience and who is in it now: read when a message is sent, never earlier. */
@Service
@Transactional(readOnly = true)
class Audiences {

    private final NetworkCatalogue networks;
    private final SeatHolders seatHolders;
    private final ActivityCatalogue activities;
    private final SignUps signUps;

    Audiences(NetworkCatalogue networks, SeatHolders seatHolders, ActivityCatalogue activities, SignUps signUps) {
        this.networks = networks;
        this.seatHolders = seatHolders;
        this.activities = activities;
        this.signUps = signUps;
    }

    Optional<Audience> find(Audience.Kind kind, long id) {
        return switch (kind) {
            case NETWORK -> networks.find(id).map(Audience.OfNetwork::new);
            case ACTIVITY -> activities.find(id).map(Audience.OfActivity::new);
        };
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
        };
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        people.forEach(person -> byAddress.putIfAbsent(person.email().strip().toLowerCase(Locale.ROOT), person));
        return List.copyOf(byAddress.values());
    }

    /** One person a message goes to. */
    record Recipient(String email, String name) {
    }
}
