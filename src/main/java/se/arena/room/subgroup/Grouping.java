package se.arena.room.subgroup;

/**
 * What a proposal groups a network's organisations by. Phase is offered only for a network whose
 * registration asks for it ({@code Network.asksPhase()}).
 */
public enum Grouping {
    SIZE("Storlek: invånare (under 15 000, 15 000–50 000, 50 000–100 000, över 100 000)", "storlek"),
    COUNTY("Län: en eller flera grupper per län", "län"),
    NEIGHBOURS("Geografi: grannlän sammanslagna till målstorleken", "grannlän"),
    PHASE("Fas i arbetet: enligt svaren vid anmälan", "fas");

    private final String label;
    private final String basis;

    Grouping(String label, String basis) {
        this.label = label;
        this.basis = basis;
    }

    /** What the groups are made by, as in "undergrupper efter storlek". */
    public String basis() {
        return basis;
    }

    public String label() {
        return label;
    }
}
