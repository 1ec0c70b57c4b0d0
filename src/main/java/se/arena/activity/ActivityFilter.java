package se.arena.activity;

/**
 * The calendar's filters; unknown values from a hand-edited address mean "no filter".
 *
 * @param networkId only activities of this network, or null
 * @param openToPublicOnly only the activities anyone may sign up for
 * @param past the activities that are over instead of the coming ones
 */
public record ActivityFilter(Long networkId, boolean openToPublicOnly, ActivityKind kind, ActivityFormat format, boolean past) {

    /** The value of the network choice that means "open to everyone" rather than one network. */
    public static final String OPEN_TO_PUBLIC = "alla";

    public static ActivityFilter of(String network, String kind, String format, String past) {
        String chosen = network == null ? "" : network.strip();
        return new ActivityFilter(chosen.matches("\\d{1,18}") ? Long.valueOf(chosen) : null, OPEN_TO_PUBLIC.equals(chosen),
                ActivityKind.parse(kind), ActivityFormat.parse(format), "ja".equalsIgnoreCase(past));
    }

    public static ActivityFilter upcoming() {
        return new ActivityFilter(null, false, null, null, false);
    }

    /** The network choice as the filter form shows it. */
    public String network() {
        return openToPublicOnly ? OPEN_TO_PUBLIC : networkId == null ? "" : networkId.toString();
    }
}
