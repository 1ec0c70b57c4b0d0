package se.arena.registration;

public enum RegistrationStatus {
    /** From the public form, until the person confirms by the e-mailed link; may hold a seat meanwhile. */
    PENDING("Väntar på bekräftelse"),
    CONFIRMED("Bekräftad"),
    WAITLISTED("Väntelista"),
    CANCELLED("Avbokad"),
    TRANSFERRED("Överlåten"),
    /** Never confirmed: the hold ran out and whatever it held went on. */
    EXPIRED("Ej bekräftad i tid");

    private final String label;

    RegistrationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Holds or waits for a seat; a pending registration does neither until it is confirmed. */
    public boolean isActive() {
        return this == CONFIRMED || this == WAITLISTED;
    }
}
