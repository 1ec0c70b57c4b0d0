package se.arena.activity;

import java.time.LocalTime;

/** One item of an activity's programme; the times are the same on every occasion. */
public record ProgrammeItem(LocalTime startsAt, LocalTime endsAt, String title, String speaker) {

    /** "10:00–11:30", "10:00" or empty. */
    public String time() {
        if (startsAt == null) {
            return "";
        }
        return endsAt == null ? startsAt.toString() : startsAt + "–" + endsAt;
    }
}
