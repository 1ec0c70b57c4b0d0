package se.arena.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import se.arena.TestClock;
import se.arena.network.Network;
import se.arena.privacy.Actor;

/** Runs a whole re-confirmation round through the registration module's own rules, for other modules' tests. */
public record TestRenewals(Renewals renewals, TestClock clock) {

    /**
     * Opens the round for the year on 1 November before it, gives staff's answers on the
     * organisations' behalf, and closes it the day after its deadline (30 November), when the
     * network's rule decides what becomes of the seats nobody answered for. Leaves the clock there.
     */
    public void round(Network network, int year, Map<Long, RenewalAnswer> answers, Actor staff) {
        clock.set(Instant.parse((year - 1) + "-11-01T08:00:00Z"));
        RenewalRound round = renewals.open(network, year, LocalDate.of(year - 1, 11, 30), staff);
        Map<Long, SeatChoice> choices = new HashMap<>();
        answers.forEach((registration, answer) -> choices.put(registration, SeatChoice.of(answer)));
        renewals.answer(network, round, null, choices, staff);
        clock.set(Instant.parse((year - 1) + "-12-01T06:00:00Z"));
        renewals.closeRoundsPastDeadline();
    }
}
