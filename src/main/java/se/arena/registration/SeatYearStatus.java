package se.arena.registration;

/** Where one year of a seat stands: held, given up by the organisation, or left to lapse unanswered. */
public enum SeatYearStatus {
    CONFIRMED("Bekräftad"),
    DECLINED("Avböjd"),
    LAPSED("Förfallen");

    private final String label;

    SeatYearStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
