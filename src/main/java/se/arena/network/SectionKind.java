package se.arena.network;

/** The headings of an invitation, in the order the association's invitations use them. */
public enum SectionKind {
    BACKGROUND("Bakgrund"),
    SETUP("Upplägg"),
    GOALS("Mål"),
    TARGET_GROUP("Målgrupp"),
    SCHEDULE("Tidplan"),
    COST("Kostnad"),
    REGISTRATION("Anmälan");

    private final String heading;

    SectionKind(String heading) {
        this.heading = heading;
    }

    public String heading() {
        return heading;
    }
}
