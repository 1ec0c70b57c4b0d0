package se.arena.registration;

/** One year of a seat, as held by one registration. */
public record SeatYear(long registrationId, int year, SeatYearStatus status) {
}
