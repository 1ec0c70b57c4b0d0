package se.arena.network;

import java.time.MonthDay;

/**
 * What a network's rules say about membership over the years: what leaving costs in the year it
 * happens, and how the yearly re-confirmation round runs.
 *
 * @param renewalOpensOn      the day each year on which the round for the next year opens by itself; null when staff open it
 * @param renewalAnswerDays   how long organisations have to answer a round
 * @param renewalReminderDays how long after the request (and after each reminder) the silent are reminded
 */
public record MembershipRules(LeavingFee leavingFee, UnansweredSeats unansweredSeats, MonthDay renewalOpensOn,
                              int renewalAnswerDays, int renewalReminderDays) {

    /** The seed's way: leaving never cancels the current year's fee, and silence keeps the seat. */
    public static final MembershipRules DEFAULT = new MembershipRules(LeavingFee.CURRENT_YEAR_INVOICED, UnansweredSeats.KEEP,
            null, 30, 10);

    public MembershipRules {
        if (renewalAnswerDays < 1 || renewalReminderDays < 1) {
            throw new IllegalArgumentException("Svarstid och påminnelseintervall är minst en dag.");
        }
    }

    /** What leaving, or cancelling a seat, means for the fee of the year it happens in. */
    public enum LeavingFee {
        CURRENT_YEAR_INVOICED("Innevarande år faktureras ändå"),
        CURRENT_YEAR_RELEASED("Innevarande år faktureras inte");

        private final String label;

        LeavingFee(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What becomes of a seat nobody answered for when a re-confirmation round closes. */
    public enum UnansweredSeats {
        KEEP("Platsen behålls"),
        LAPSE("Platsen förfaller");

        private final String label;

        UnansweredSeats(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
