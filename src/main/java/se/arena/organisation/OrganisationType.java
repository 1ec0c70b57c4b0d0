package se.arena.organisation;

public enum OrganisationType {
    MUNICIPALITY("Kommun"),
    REGION("Region");

    private final String label;

    OrganisationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
