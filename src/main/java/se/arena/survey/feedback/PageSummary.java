package se.arena.survey.feedback;

import se.arena.web.SwedishTime;

/**
 * One page's votes in the chosen period.
 *
 * @param openComments comments not yet marked as handled
 */
public record PageSummary(String page, long votes, long yes, long openComments) {

    public long no() {
        return votes - yes;
    }

    /** The share of yes in per cent with one decimal, as Swedish writes it: "83,3 %". */
    public String yesShare() {
        return votes == 0 ? "–" : String.format(SwedishTime.SWEDISH, "%.1f %%", 100.0 * yes / votes);
    }
}
