package se.arena.notification;

/** Where a message is on its way out. Only the relay moves a message past PENDING. */
public enum OutboxStatus {

    PENDING("Väntar på att skickas"),
    SENDING("Skickas"),
    SENT("Skickat"),
    FAILED("Misslyckades");

    private final String label;

    OutboxStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Status values come from the address bar, so anything unknown means "no filter". */
    static OutboxStatus parse(String value) {
        if (value == null) {
            return null;
        }
        for (OutboxStatus status : values()) {
            if (status.name().equalsIgnoreCase(value.strip())) {
                return status;
            }
        }
        return null;
    }
}
