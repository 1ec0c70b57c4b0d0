package se.arena.room.document;

import java.time.LocalDate;
import java.util.List;

import se.arena.activity.ActivityDocument;
import se.arena.web.SwedishTime;

/**
 * A meeting of the network as a folder of the room's documents: what members filed there and the
 * documentation staff attached to the meeting itself.
 *
 * @param date the meeting's first day, or null for one without occasions
 * @param documentCount the members' documents filed in it
 * @param documentation what staff attached to the activity, read-only in the room
 */
public record MeetingFolder(long activityId, String title, LocalDate date, long documentCount, List<ActivityDocument> documentation) {

    /** "Nätverksträff 12 mars 2026", for the folder list and the upload form's choice. */
    public String label() {
        return date == null ? title : title + " " + SwedishTime.format(date, "d MMMM yyyy");
    }
}
