package se.arena.invoicing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Staff's note that an invoice is paid. It sits beside the invoice, which never changes.
 *
 * @param paidOn     the day the money came in, as staff read it from the bank
 * @param recordedBy who made the note, as the audit log names people
 */
public record Payment(long documentId, LocalDate paidOn, String recordedBy, Instant recordedAt) {
}
