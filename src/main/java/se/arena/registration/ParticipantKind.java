package se.arena.registration;

public enum ParticipantKind {
    CIVIL_SERVANT("Tjänsteperson"),
    ELECTED_OFFICIAL("Förtroendevald");

    private final String label;

    ParticipantKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
