package se.arena.registration;

import java.util.stream.IntStream;

import se.arena.network.MembershipRules.LeavingFee;
import se.arena.network.Network;

/**
 * The years a seat runs over, and which of them a change touches. A seat taken in a year holds
 * that year and every later one. A transfer leaves the year it happens in with whoever held the
 * seat then (that year's fee is theirs) and touches only the later years; a cancellation does the
 * same unless the network's rule releases the current year as well.
 */
record SeatPeriod(int firstYear, int lastYear) {

    static SeatPeriod of(Network network) {
        return new SeatPeriod(network.firstYear(), network.lastYear());
    }

    /** The first year a seat taken in {@code currentYear} holds; past the last year when the period is over. */
    int firstYearHeldFrom(int currentYear) {
        return Math.max(firstYear, currentYear);
    }

    /** The years a seat given from {@code fromYear} holds: to the end of the period, or just that year once the period is over. */
    IntStream yearsFrom(int fromYear) {
        return IntStream.rangeClosed(fromYear, Math.max(fromYear, lastYear));
    }

    /** The first year a transfer made in {@code currentYear} changes. */
    int firstYearChangedIn(int currentYear) {
        return Math.max(firstYear, currentYear + 1);
    }

    /** The first year a seat given up in {@code currentYear} no longer holds: the current one too, if the network's rule lets it go. */
    int firstYearReleasedIn(int currentYear, LeavingFee leavingFee) {
        return leavingFee == LeavingFee.CURRENT_YEAR_RELEASED ? firstYearHeldFrom(currentYear) : firstYearChangedIn(currentYear);
    }
}
