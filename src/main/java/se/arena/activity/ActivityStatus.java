package se.arena.activity;

/** Drafts are for staff only; a published activity takes sign-ups; a cancelled one is kept, marked as such. */
public enum ActivityStatus {
    DRAFT("Utkast"),
    PUBLISHED("Publicerad"),
    CANCELLED("Inställd");

    private final String label;

    ActivityStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isPublic() {
        return this != DRAFT;
    }

    public boolean canMoveTo(ActivityStatus next) {
        return this == DRAFT && next == PUBLISHED || this == PUBLISHED && next == CANCELLED;
    }

    /** What the button that moves an activity here says. */
    public String actionLabel() {
        return this == PUBLISHED ? "Publicera" : this == CANCELLED ? "Ställ in aktiviteten" : label;
    }

    public static ActivityStatus parse(String value) {
        for (ActivityStatus status : values()) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        return null;
    }
}
