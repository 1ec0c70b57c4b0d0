package se.arena.room;

/** A member of a room as the people page lists them and @-mentions find them. */
public record RoomPerson(String name, String title, String organisation, String email, boolean speaker) {
}
