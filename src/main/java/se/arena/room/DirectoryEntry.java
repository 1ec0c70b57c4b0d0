package se.arena.room;

/**
 * A person on the room's people page as the reader may see them.
 *
 * @param email the address, when the person chose to show it or the reader is staff; else null
 * @param phone the number, only when the person chose to show it; else null
 */
public record DirectoryEntry(RoomPerson person, String email, String phone) {
}
