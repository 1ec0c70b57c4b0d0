package se.arena.activity;

import se.arena.web.SwedishCount;

/** How many have a place on an occasion and how many wait for one: what staff look at to add a date. */
public record OccasionDemand(Occasion occasion, int confirmed, int waitlisted) {

    /** Null when the occasion has no limit. */
    public Integer placesLeft() {
        return occasion.capacity() == null ? null : Math.max(0, occasion.capacity() - confirmed);
    }

    public boolean isFull() {
        return !occasion.hasRoomFor(confirmed);
    }

    /** "12 platser kvar", "Fullbokat", "Ingen gräns" */
    public String placesLabel() {
        Integer left = placesLeft();
        return left == null ? "Obegränsat antal platser" : left == 0 ? "Fullbokat" : SwedishCount.of(left, "plats", "platser") + " kvar";
    }
}
