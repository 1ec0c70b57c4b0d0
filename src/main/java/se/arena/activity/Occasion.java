package se.arena.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import se.arena.TimeConfiguration;
import se.arena.web.SwedishTime;

/**
 * One date and time of an activity, with its own number of places.
 *
 * @param capacity null when any number may come (a webcast, for instance)
 */
public record Occasion(long id, long activityId, Instant startsAt, Instant endsAt, Integer capacity, OccasionStatus status) {

    private static final DateTimeFormatter DAY = SwedishTime.pattern("EEEE d MMMM yyyy");
    private static final DateTimeFormatter SHORT_DAY = SwedishTime.pattern("d MMMM yyyy");
    private static final DateTimeFormatter TIME = SwedishTime.pattern("HH:mm");

    public Occasion {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("Ett tillfälle måste sluta efter att det har börjat.");
        }
        if (capacity != null && capacity < 1) {
            throw new IllegalArgumentException("Antalet platser måste vara minst 1.");
        }
    }

    /** The instants of a date and two times of day in Swedish time, as staff enter them. */
    public static Instant instant(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(TimeConfiguration.SWEDEN).toInstant();
    }

    public LocalDate date() {
        return start().toLocalDate();
    }

    public LocalTime startTime() {
        return start().toLocalTime();
    }

    public LocalTime endTime() {
        return end().toLocalTime();
    }

    /** "tisdag 31 mars 2027, 10:00–15:00" */
    public String label() {
        return DAY.format(start()) + ", " + times();
    }

    /** "31 mars 2027" */
    public String shortDate() {
        return SHORT_DAY.format(start());
    }

    /** "10:00–15:00", with the end date when the occasion runs over several days (a study trip). */
    public String times() {
        return date().equals(end().toLocalDate())
                ? TIME.format(start()) + "–" + TIME.format(end())
                : TIME.format(start()) + " – " + SHORT_DAY.format(end()) + " " + TIME.format(end());
    }

    public boolean isScheduled() {
        return status == OccasionStatus.SCHEDULED;
    }

    /** Sign-ups close when the occasion begins. */
    public boolean takesSignUps(Instant now) {
        return isScheduled() && now.isBefore(startsAt);
    }

    public boolean isOver(Instant now) {
        return !now.isBefore(endsAt);
    }

    /** Whether one more person fits beside those already confirmed. */
    public boolean hasRoomFor(int confirmed) {
        return capacity == null || confirmed < capacity;
    }

    public ZonedDateTime start() {
        return startsAt.atZone(TimeConfiguration.SWEDEN);
    }

    public ZonedDateTime end() {
        return endsAt.atZone(TimeConfiguration.SWEDEN);
    }
}
