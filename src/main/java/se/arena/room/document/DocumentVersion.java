package se.arena.room.document;

import java.time.Instant;

import se.arena.activity.ActivityDocument;

/** One upload of a document; every version is kept and may be downloaded. */
public record DocumentVersion(long id, long documentId, String fileName, String contentType, long sizeBytes, Instant uploadedAt,
                              String uploadedByName) {

    public String sizeLabel() {
        return ActivityDocument.sizeLabel(sizeBytes);
    }
}
