package se.arena.privacy;

/**
 * Who did something: the account id when signed in (null for anonymous or unknown), a label
 * such as the e-mail address or "system", and the client IP address (null for system jobs).
 *
 * <p>The label is kept as it was at the time, so the log still reads correctly after the account
 * changes its address. A label or address longer than its column is shortened rather than
 * refused, so that recording never fails on an unusual value; what a stranger typed never
 * belongs in a label (a failed sign-in for an unknown address is recorded as "okänd").
 */
public record Actor(Long accountId, String label, String ipAddress) {

    static final int MAX_LABEL = 320;
    static final int MAX_IP_ADDRESS = 45;

    private static final Actor SYSTEM = new Actor(null, "system", null);

    public Actor {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("An actor needs a label, e.g. the e-mail address or \"system\"");
        }
        label = AuditEvent.fit(label.strip(), MAX_LABEL);
        if (ipAddress != null) {
            String trimmed = ipAddress.strip();
            // Addresses are stored in one canonical form so that a search finds "::1" and
            // "0:0:0:0:0:0:0:1" alike; anything else (a proxy's "unknown") is kept as it came.
            ipAddress = trimmed.isEmpty() ? null
                    : IpAddresses.canonical(trimmed).orElse(AuditEvent.fit(trimmed, MAX_IP_ADDRESS));
        }
    }

    /** Scheduled jobs and start-up tasks: no account and no address. */
    public static Actor system() {
        return SYSTEM;
    }
}
