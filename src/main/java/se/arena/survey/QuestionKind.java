package se.arena.survey;

/** The kinds of question a municipal survey needs, with their Swedish names. */
enum QuestionKind {
    SINGLE_CHOICE("Ett val"),
    MULTIPLE_CHOICE("Flera val"),
    SCALE("Skala 1–5"),
    FREE_TEXT("Fritext"),
    NUMBER("Tal");

    private final String label;

    QuestionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the question has options: only these may be another question's condition. */
    boolean isChoice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
