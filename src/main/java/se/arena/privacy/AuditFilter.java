package se.arena.privacy;

import java.time.Instant;
import java.time.LocalDate;

import se.arena.SwedishCollation;
import se.arena.TimeConfiguration;

/**
 * A valid search of the audit log; null means "no filter". Dates are Swedish calendar days and
 * both ends are inclusive, so "to 14 March" takes in an event at 23:30 Swedish time that day.
 */
public record AuditFilter(String text, String action, LocalDate from, LocalDate to, String ipAddress) {

    static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);

    /** The text as stored in search_text, or null. */
    String searchText() {
        return text == null ? null : SwedishCollation.searchForm(text);
    }

    /** The first instant of the from-day in Sweden, or null. */
    Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(TimeConfiguration.SWEDEN).toInstant();
    }

    /** The first instant after the to-day in Sweden (exclusive), or null. */
    Instant untilInstant() {
        return to == null ? null : to.plusDays(1).atStartOfDay(TimeConfiguration.SWEDEN).toInstant();
    }
}
