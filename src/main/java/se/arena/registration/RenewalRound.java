package se.arena.registration;

import java.time.Instant;
import java.time.LocalDate;

import se.arena.network.MembershipRules.UnansweredSeats;

/**
 * A network's re-confirmation round for one year of its period.
 *
 * @param year     the year the organisations are asked about
 * @param deadline the last day to answer; the round closes the day after
 */
public record RenewalRound(long id, long networkId, int year, LocalDate deadline, int reminderDays,
                           UnansweredSeats unanswered, Instant openedAt, String openedBy, Instant closedAt) {

    public boolean isClosed() {
        return closedAt != null;
    }

    /** Answers are taken until the end of the deadline day, and not once the round has closed. */
    public boolean takesAnswers(LocalDate today) {
        return !isClosed() && !today.isAfter(deadline);
    }
}
