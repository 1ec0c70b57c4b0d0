package se.arena.registration;

import se.arena.network.Network;

/**
 * The years a seat runs over, and which of them a change touches. A seat taken in a year holds
 * that year and every later one. A transfer or a cancellation leaves the year it happens in with
 * whoever held the seat then (that year's fee is theirs) and touches only the later years.
 */
record SeatPeriod(int firstYear, int lastYear) {

    static SeatPeriod of(Network network) {
        return new SeatPeriod(network.firstYear(), network.lastYear());
    }

    /** The first year a seat taken in {@code currentYear} holds; past the last year when the period is over. */
    int firstYearHeldFrom(int currentYear) {
        return Math.max(firstYear, currentYear);
    }

    /** The first year a transfer or cancellation made in {@code currentYear} changes. */
    int firstYearChangedIn(int currentYear) {
        return Math.max(firstYear, currentYear + 1);
    }
}
