package se.arena.organisation;

/** A län, identified by its two-digit SCB code. */
public record County(String code, String name) {
}
