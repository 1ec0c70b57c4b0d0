package se.arena.registration;

public enum RegistrationStatus {
    CONFIRMED("Bekräftad"),
    WAITLISTED("Väntelista"),
    CANCELLED("Avbokad"),
    TRANSFERRED("Överlåten");

    private final String label;

    RegistrationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isActive() {
        return this == CONFIRMED || this == WAITLISTED;
    }
}
