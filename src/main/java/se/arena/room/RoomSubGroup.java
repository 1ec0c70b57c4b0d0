package se.arena.room;

/** A sub-group of a room's network as the room shows it: its own threads, documents and occasions. */
public record RoomSubGroup(long id, String name) {
}
