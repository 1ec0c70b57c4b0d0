package se.arena.activity;

public enum QuestionStatus {
    OPEN("Obesvarad"),
    ANSWERED("Besvarad"),
    HIDDEN("Dold");

    private final String label;

    QuestionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** An unknown value from a form means no change. */
    public static QuestionStatus parse(String value) {
        for (QuestionStatus status : values()) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        return null;
    }
}
