package se.arena.room;

/** What e-mail a member of a room gets about its posts. */
public enum NotificationChoice {
    NONE("Inga e-postmeddelanden"),
    DIGEST("En sammanfattning per dag"),
    EVERY_POST("Ett e-postmeddelande för varje nytt inlägg");

    /** Enough to keep up, without a mail for each post. */
    public static final NotificationChoice DEFAULT = DIGEST;

    private final String label;

    NotificationChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** @return null for anything that is not a choice */
    public static NotificationChoice parse(String value) {
        for (NotificationChoice choice : values()) {
            if (choice.name().equals(value)) {
                return choice;
            }
        }
        return null;
    }
}
