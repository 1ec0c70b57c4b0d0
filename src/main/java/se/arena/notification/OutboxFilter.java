package se.arena.notification;

/**
 * What staff asked the message log for. Blank or unknown values mean "no filter", so a
 * hand-edited address still shows a list instead of an error.
 *
 * @param query part of the recipient's address or of the subject
 */
public record OutboxFilter(OutboxStatus status, String query) {

    public static OutboxFilter of(String status, String query) {
        return new OutboxFilter(OutboxStatus.parse(status),
                query == null || query.isBlank() ? null : query.strip());
    }
}
