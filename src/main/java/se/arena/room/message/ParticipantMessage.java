package se.arena.room.message;

import java.time.Instant;

/**
 * A message staff wrote to an audience, scheduled or sent.
 *
 * @param audienceNetworkId the network of a sub-group audience, null for the other kinds
 * @param sendAt when it goes, or went, out
 */
record ParticipantMessage(long id, Audience.Kind audienceKind, long audienceId, Long audienceNetworkId, String audienceLabel, String subject,
                          String body, Long senderAccountId, String sender, Status status, Instant sendAt, Instant sentAt,
                          Instant cancelledAt, Instant createdAt, int recipients) {

    public boolean isScheduled() {
        return status == Status.SCHEDULED;
    }

    enum Status {
        SCHEDULED("Schemalagt"),
        SENT("Skickat"),
        CANCELLED("Stoppat");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Statuses come from the address bar, so anything unknown means "any status". */
        static Status parse(String value) {
            for (Status status : values()) {
                if (status.name().equals(value)) {
                    return status;
                }
            }
            return null;
        }
    }

    /** One person the message went to, and the outbox message that carries it to them. */
    record Delivery(int number, String email, String name, long outboxMessageId) {
    }
}
