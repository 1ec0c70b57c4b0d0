package se.arena.registration;

/** What became of a seat in a re-confirmation round. */
public enum RenewalAnswer {
    CONFIRMED("Fortsätter"),
    DECLINED("Avböjd"),
    TRANSFERRED("Ny person föreslagen"),
    LAPSED("Förföll utan svar"),
    KEPT("Behölls utan svar");

    private final String label;

    RenewalAnswer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * A confirmation can still become a decline or a transfer before the deadline; the other
     * answers have changed the seat (or the round has closed) and stand.
     */
    public boolean isFinal() {
        return this != CONFIRMED;
    }
}
