package se.arena.activity;

/** What sort of activity it is, as the invitations name them. */
public enum ActivityKind {
    MEETING("Nätverksmöte"),
    WEBCAST("Webbsändning"),
    BREAKFAST_SEMINAR("Frukostseminarium"),
    SEMINAR("Seminarium"),
    CONFERENCE("Konferens"),
    STUDY_TRIP("Studieresa");

    private final String label;

    ActivityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** An unknown or missing value from a form or an address means "none chosen". */
    public static ActivityKind parse(String value) {
        for (ActivityKind kind : values()) {
            if (kind.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return kind;
            }
        }
        return null;
    }
}
