package se.arena.room.document;

import java.time.Instant;

import se.arena.activity.ActivityDocument;

/**
 * A document of a room as lists show it: its title, the meeting folder it is filed in, and its
 * newest version.
 *
 * @param activityId the meeting whose folder it is in, or null
 * @param subgroupId the sub-group it belongs to (only its members and staff see it), or null; {@code subgroupName} names it
 */
public record RoomDocument(long id, long networkId, String title, Long activityId, String createdByEmail, String createdByName,
                           Instant updatedAt, int versionCount, long latestVersionId, String fileName, long sizeBytes, Long subgroupId,
                           String subgroupName) {

    public static final int MAX_TITLE_LENGTH = 200;

    public String sizeLabel() {
        return ActivityDocument.sizeLabel(sizeBytes);
    }

    /** Staff, and whoever uploaded it first, may add versions and remove it. */
    boolean mayBeChangedBy(String email, boolean staff) {
        return staff || createdByEmail.equals(email);
    }
}
