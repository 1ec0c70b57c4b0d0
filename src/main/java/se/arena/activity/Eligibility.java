package se.arena.activity;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.arena.identity.SignedInUser;
import se.arena.registration.SeatHolders;

/**
 * Who may sign up: anyone for an activity open to all; for a network's activity, a signed-in
 * person whose account address holds a confirmed seat in one of the activity's networks.
 */
@Component
public class Eligibility {

    private final SeatHolders seatHolders;

    Eligibility(SeatHolders seatHolders) {
        this.seatHolders = seatHolders;
    }

    @Transactional(readOnly = true)
    public Entitlement of(Activity activity, Optional<SignedInUser> user) {
        if (activity.openToPublic()) {
            return new Entitlement(Entitlement.Kind.ANYONE, null);
        }
        if (user.isEmpty()) {
            return new Entitlement(Entitlement.Kind.SIGN_IN_FIRST, null);
        }
        List<SeatHolders.Seat> seats = seatHolders.seatsOf(user.get().email(), activity.networkIds());
        return seats.isEmpty()
                ? new Entitlement(Entitlement.Kind.NO_SEAT, null)
                : new Entitlement(Entitlement.Kind.SEAT, seats.getFirst());
    }

    /**
     * @param seat the seat that entitles the person, when the kind is SEAT
     */
    public record Entitlement(Kind kind, SeatHolders.Seat seat) {

        public enum Kind {
            /** The activity is open to all: anyone signs up with the basic details. */
            ANYONE,
            /** The person holds a seat in one of the activity's networks. */
            SEAT,
            /** Only the networks' participants may sign up, and no one is signed in. */
            SIGN_IN_FIRST,
            /** Signed in, but without a seat in any of the activity's networks. */
            NO_SEAT
        }

        public boolean maySignUp() {
            return kind == Kind.ANYONE || kind == Kind.SEAT;
        }
    }
}
