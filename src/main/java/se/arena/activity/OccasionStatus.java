package se.arena.activity;

public enum OccasionStatus {
    SCHEDULED("Planerat"),
    CANCELLED("Inställt");

    private final String label;

    OccasionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
