package se.arena.activity;

/** Where an activity happens: in a room, through a meeting link, or both. */
public enum ActivityFormat {
    PHYSICAL("På plats"),
    DIGITAL("Digitalt"),
    HYBRID("På plats och digitalt");

    private final String label;

    ActivityFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** It has a venue, address and city. */
    public boolean hasPlace() {
        return this != DIGITAL;
    }

    /** It is joined through a meeting link (Zoom, Teams). */
    public boolean hasLink() {
        return this != PHYSICAL;
    }

    /** People who come in person are asked about food and accessibility. */
    public boolean asksForNeeds() {
        return hasPlace();
    }

    public static ActivityFormat parse(String value) {
        for (ActivityFormat format : values()) {
            if (format.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return format;
            }
        }
        return null;
    }
}
