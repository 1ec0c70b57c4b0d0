package se.arena.registration;

import java.time.LocalDate;

/**
 * An organisation's decision to appoint representatives, e.g. Kommunstyrelsen on 12 March with
 * diarienummer KS 2027/123.
 */
public record Appointment(long organisationId, String decidedBy, LocalDate decidedOn, String reference, String note) {
}
