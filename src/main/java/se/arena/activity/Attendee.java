package se.arena.activity;

/** A person with a place on an occasion, with their organisation's name as a list shows it. */
public record Attendee(SignUp signUp, String organisation) {
}
