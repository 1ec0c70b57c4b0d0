package se.arena.room;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import se.arena.RichText;
import se.arena.activity.Activity;
import se.arena.activity.ActivityAdministration;
import se.arena.activity.ActivityCatalogue;
import se.arena.activity.ActivityFormat;
import se.arena.activity.ActivityKind;
import se.arena.activity.ActivityStatus;
import se.arena.activity.Occasion;
import se.arena.privacy.Actor;

/** A published meeting of a network, held ten days ago, for tests of what the room files under or links to meetings. */
public final class RoomMeetings {

    private RoomMeetings() {
    }

    public static Activity meeting(ActivityAdministration activityAdministration, ActivityCatalogue activityCatalogue, long networkId) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Activity draft = new Activity(0, ActivityKind.MEETING, "Nätverksträff " + unique, RichText.sanitise("<p>Träff.</p>"),
                ActivityFormat.DIGITAL, null, null, null, "https://zoom.us/j/9" + Math.abs(unique.hashCode()), false, List.of(networkId),
                "", "", null, null, ActivityStatus.DRAFT, false, List.of());
        LocalDate day = LocalDate.now().minusDays(10);
        long id = activityAdministration.create(draft, Occasion.instant(day, LocalTime.of(10, 0)), Occasion.instant(day, LocalTime.of(15, 0)),
                30, Actor.system());
        Activity created = activityCatalogue.find(id).orElseThrow();
        activityAdministration.moveStatus(created, ActivityStatus.DRAFT, ActivityStatus.PUBLISHED, Actor.system());
        return activityCatalogue.find(id).orElseThrow();
    }
}
