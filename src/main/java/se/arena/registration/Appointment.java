package se.arena.registration;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import se.arena.web.SwedishTime;

/**
 * An organisation's decision to appoint its representatives in a network, e.g. Kommunstyrelsen
 * on 12 March with diarienummer KS 2027/123.
 *
 * @param note null when the coordinator wrote none
 */
public record Appointment(long networkId, long organisationId, String decidedBy, LocalDate decidedOn, String reference,
                          String note) {

    private static final DateTimeFormatter SWEDISH_DATE = SwedishTime.pattern("d MMMM yyyy");

    /** "Kommunstyrelsen 12 mars 2027, dnr KS 2027/123": how pages, mails and exports name the decision. */
    public String label() {
        return decidedBy + " " + SWEDISH_DATE.format(decidedOn) + ", dnr " + reference;
    }
}
