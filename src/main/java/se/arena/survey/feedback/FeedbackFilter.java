package se.arena.survey.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import se.arena.TimeConfiguration;
import se.arena.web.FormErrors;

/**
 * The staff list's choice: the votes from one date to another (both included, Swedish dates),
 * the last 30 days unless chosen, and text in the page's address.
 *
 * @param errors field name ("fran", "till") to message; a date that cannot be read falls back to the default
 */
public record FeedbackFilter(LocalDate from, LocalDate to, String query, Map<String, String> errors) {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_QUERY = 200;

    public FeedbackFilter {
        query = query == null ? "" : query.strip();
        errors = Map.copyOf(errors);
    }

    static FeedbackFilter of(String from, String to, String query, LocalDate today) {
        FormErrors errors = new FormErrors();
        LocalDate toDate = date(to, "till", errors, today);
        LocalDate fromDate = date(from, "fran", errors, toDate.minusDays(DEFAULT_DAYS - 1));
        if (fromDate.isAfter(toDate)) {
            errors.add("till", "Slutdatumet kan inte vara före startdatumet.");
            fromDate = toDate.minusDays(DEFAULT_DAYS - 1);
        }
        String text = query == null ? "" : query.strip();
        if (text.length() > MAX_QUERY) {
            errors.add("q", "Skriv högst " + MAX_QUERY + " tecken här.");
            text = text.substring(0, MAX_QUERY);
        }
        return new FeedbackFilter(fromDate, toDate, text, errors.asMap());
    }

    Instant start() {
        return from.atStartOfDay(TimeConfiguration.SWEDEN).toInstant();
    }

    Instant end() {
        return to.plusDays(1).atStartOfDay(TimeConfiguration.SWEDEN).toInstant();
    }

    private static LocalDate date(String value, String field, FormErrors errors, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() >= 2000 && date.getYear() <= 2200) {
                return date;
            }
        } catch (DateTimeParseException notADate) {
            // answered with the message below, as a year out of range is
        }
        errors.add(field, "Skriv datumet som år-månad-dag, till exempel 2026-03-01.");
        return otherwise;
    }
}
