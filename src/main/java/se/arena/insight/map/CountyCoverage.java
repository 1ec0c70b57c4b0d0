package se.arena.insight.map;

/** How many of a county's kommuner take part in each way. */
public record CountyCoverage(String county, int confirmed, int waitlisted, int former, int none) {

    CountyCoverage add(CoverageStatus status) {
        return switch (status) {
            case CONFIRMED -> new CountyCoverage(county, confirmed + 1, waitlisted, former, none);
            case WAITLISTED -> new CountyCoverage(county, confirmed, waitlisted + 1, former, none);
            case FORMER -> new CountyCoverage(county, confirmed, waitlisted, former + 1, none);
            case NONE -> new CountyCoverage(county, confirmed, waitlisted, former, none + 1);
        };
    }
}
