package se.arena.room.document;

import java.time.Instant;

/**
 * A document a room search found, for the room's search page.
 *
 * @param path the document's page in the room
 */
public record DocumentHit(long documentId, String title, String fileName, Instant updatedAt, String path) {
}
