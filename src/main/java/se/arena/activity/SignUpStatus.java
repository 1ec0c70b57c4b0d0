package se.arena.activity;

public enum SignUpStatus {
    CONFIRMED("Bekräftad"),
    WAITLISTED("Väntelista"),
    CANCELLED("Avbokad"),
    OCCASION_CANCELLED("Tillfället inställt");

    private final String label;

    SignUpStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** An unknown or missing value from an address means "any status". */
    public static SignUpStatus parse(String value) {
        for (SignUpStatus status : values()) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        return null;
    }

    /** Holds or waits for a place. */
    public boolean isActive() {
        return this == CONFIRMED || this == WAITLISTED;
    }
}
