package se.arena.activity;

/**
 * Participation of one network or organisation in activities that are over: how many places
 * were taken, how many came, and for how many attendance has not been taken.
 *
 * @param groupId the network's or member organisation's id; null for activities open to all, or
 *                for an organisation that is not a member (then groupName holds what was typed)
 */
public record Participation(Long groupId, String groupName, int signedUp, int attended, int unmarked, int activities) {

    public enum By { NETWORK, ORGANISATION }

    /** The same figures under the name a page shows. */
    public Participation named(String name) {
        return new Participation(groupId, name, signedUp, attended, unmarked, activities);
    }

    /** Share of the marked places that were used, in whole per cent, or null before any attendance is taken. */
    public Integer attendancePercent() {
        int marked = signedUp - unmarked;
        return marked == 0 ? null : Math.round(100f * attended / marked);
    }
}
