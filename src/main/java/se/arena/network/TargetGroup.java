package se.arena.network;

public enum TargetGroup {
    CIVIL_SERVANTS("Tjänstepersoner"),
    ELECTED_OFFICIALS("Förtroendevalda"),
    BOTH("Tjänstepersoner och förtroendevalda");

    private final String label;

    TargetGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
