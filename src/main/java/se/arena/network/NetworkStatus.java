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

    /**
     * The moves staff may make: publish a draft, close and reopen registration, start the
     * network, finish it. A published network never goes back to being a draft, because people
     * may have registered for it.
     */
    public boolean canMoveTo(NetworkStatus target) {
        return switch (this) {
            case DRAFT -> target == OPEN;
            case OPEN -> target == CLOSED || target == RUNNING;
            case CLOSED -> target == OPEN || target == RUNNING;
            case RUNNING -> target == OPEN || target == CLOSED || target == FINISHED;
            case FINISHED -> false;
        };
    }

    /** What the button that moves a network into this state says. */
    public String actionLabel() {
        return switch (this) {
            case DRAFT -> "Gör till utkast";
            case OPEN -> "Öppna för anmälan";
            case CLOSED -> "Stäng anmälan";
            case RUNNING -> "Markera som pågående";
            case FINISHED -> "Avsluta nätverket";
        };
    }
}
