package se.arena.network;

/**
 * The seats taken in a year of a network's period against the limit that applies: an
 * organisation's, or the network's in total.
 *
 * @param onwards true when the count is for the year and every later one of the period, as the
 *                fullest of them: a seat given then holds them all
 * @param limit   null when there is none
 */
public record YearSeats(int year, boolean onwards, int taken, Integer limit) {

    /** How many more seats the limit leaves; null without a limit. */
    public Integer left() {
        return limit == null ? null : Math.max(0, limit - taken);
    }

    public boolean isFull() {
        return limit != null && taken >= limit;
    }

    /** "2027", or "från 2028" for a count that runs to the end of the period. */
    public String period() {
        return onwards ? "från " + year : Integer.toString(year);
    }

    /** "3 av 3", or "3" without a limit. */
    public String label() {
        return limit == null ? Integer.toString(taken) : taken + " av " + limit;
    }
}
