package se.arena.network;

/** The lifecycle of a network, in the order a network passes through it. */
public enum NetworkStatus {
    DRAFT("Utkast"),
    OPEN("Öppen för anmälan"),
    CLOSED("Stängd för anmälan"),
    RUNNING("Pågår"),
    FINISHED("Avslutad");

    private final String label;

    NetworkStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Drafts are staff-only; every other state is shown in the public catalogue. */
    public boolean isPublic() {
        return this != DRAFT;
    }
}
