package se.arena.activity.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import se.arena.activity.Occasion;
import se.arena.web.FormErrors;

/**
 * A date, start and end time in Swedish time and a capacity, as staff typed them. The field
 * names carry a prefix so the same rules serve the new-activity form and the add-a-date form.
 */
public record OccasionForm(String date, String startTime, String endTime, String capacity) {

    static OccasionForm empty() {
        return new OccasionForm("", "", "", "");
    }

    void validate(FormErrors errors, String prefix) {
        LocalDate day = parseDate(date);
        if (day == null) {
            errors.add(prefix + "Date", "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2027-03-31.");
        }
        LocalTime start = parseTime(startTime);
        LocalTime end = parseTime(endTime);
        if (start == null) {
            errors.add(prefix + "Start", "Skriv starttiden som TT:MM, till exempel 10:00.");
        }
        if (end == null) {
            errors.add(prefix + "End", "Skriv sluttiden som TT:MM, till exempel 15:00.");
        } else if (start != null && !end.isAfter(start)) {
            errors.add(prefix + "End", "Sluttiden måste vara efter starttiden.");
        }
        if (!blank(capacity) && places() == null) {
            errors.add(prefix + "Capacity", "Skriv antalet platser som ett heltal från 1, eller lämna tomt för ingen gräns.");
        }
    }

    /** Only call on a valid form. */
    Instant startsAt() {
        return Occasion.instant(parseDate(date), parseTime(startTime));
    }

    /** Only call on a valid form. */
    Instant endsAt() {
        return Occasion.instant(parseDate(date), parseTime(endTime));
    }

    /** Null for no limit, and for anything that is not a whole number from 1. */
    Integer places() {
        return capacity != null && capacity.strip().matches("[1-9]\\d{0,5}") ? Integer.valueOf(capacity.strip()) : null;
    }

    static LocalDate parseDate(String value) {
        try {
            return value == null ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /** "10:00", "10.00" or "9:30". */
    static LocalTime parseTime(String value) {
        if (value == null || !value.strip().matches("\\d{1,2}[:.]\\d{2}")) {
            return null;
        }
        String[] parts = value.strip().split("[:.]");
        int hour = Integer.parseInt(parts[0]);
        int minute = Integer.parseInt(parts[1]);
        return hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : null;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
