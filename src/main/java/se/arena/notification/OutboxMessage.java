package se.arena.notification;

import java.time.Instant;

/**
 * One e-mail in the outbox, with its content as rendered when it was enqueued, so that a later
 * template change never alters what a person was sent.
 *
 * @param listUnsubscribe the stand-in of the personal link that ends this kind of mail, sent as
 *                        its List-Unsubscribe header; null when there is none
 */
public record OutboxMessage(
        long id,
        String messageId,
        String recipient,
        String subject,
        String textBody,
        String htmlBody,
        OutboxStatus status,
        int attempts,
        Instant nextAttemptAt,
        String claimedBy,
        Instant claimExpiresAt,
        String lastError,
        Instant createdAt,
        Instant sentAt,
        Long resentFromId,
        String listUnsubscribe) {

    /** What the row becomes after a failed send attempt by the relay that holds its claim. */
    Failure failed(RetryPolicy policy, Instant failedAt, String error) {
        int failedAttempts = attempts + 1;
        return policy.nextAttempt(failedAttempts, failedAt)
                .map(next -> new Failure(OutboxStatus.PENDING, failedAttempts, next, error))
                .orElseGet(() -> new Failure(OutboxStatus.FAILED, failedAttempts, nextAttemptAt, error));
    }

    /** A message still in the outbox that the relay will pick up once it is due. */
    public boolean waiting() {
        return status == OutboxStatus.PENDING || status == OutboxStatus.SENDING;
    }

    /** The status as staff read it; a waiting message is "not sent" while no SMTP server is configured. */
    public String statusText(boolean canSend) {
        if (status == OutboxStatus.PENDING && !canSend) {
            return "Ej skickat (ingen e-postserver konfigurerad)";
        }
        if (status == OutboxStatus.PENDING && attempts > 0) {
            return "Väntar på nytt försök";
        }
        if (status == OutboxStatus.FAILED) {
            return "Misslyckades efter " + attempts + " försök";
        }
        return status.label();
    }

    record Failure(OutboxStatus status, int attempts, Instant nextAttemptAt, String error) {
    }
}
