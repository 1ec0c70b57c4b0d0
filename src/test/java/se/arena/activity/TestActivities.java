package se.arena.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import se.arena.RichText;
import se.arena.privacy.Actor;

/** Creates published activities through the module's own services, with the occasions a test needs. */
record TestActivities(ActivityAdministration administration, ActivityCatalogue catalogue, SignUps signUps) {

    static final String ZOOM = "https://zoom.us/j/";

    /** A digital meeting of the networks with a secret meeting link, published, with one occasion per capacity given. */
    Activity digitalMeeting(List<Long> networkIds, Integer... capacities) {
        return publish(activity(ActivityFormat.DIGITAL, false, networkIds), capacities);
    }

    /** A seminar in Stockholm that anyone may sign up for. */
    Activity publicSeminar(Integer... capacities) {
        return publish(activity(ActivityFormat.PHYSICAL, true, List.of()), capacities);
    }

    /** A hybrid seminar open to all: a place in Stockholm and a meeting link. */
    Activity publicHybridSeminar(Integer... capacities) {
        return publish(activity(ActivityFormat.HYBRID, true, List.of()), capacities);
    }

    Activity activity(ActivityFormat format, boolean openToPublic, List<Long> networkIds) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return new Activity(0, format == ActivityFormat.DIGITAL ? ActivityKind.MEETING : ActivityKind.SEMINAR,
                "Testaktivitet " + unique, RichText.sanitise("<p>En aktivitet för tester.</p>"), format,
                format.hasPlace() ? "Konferenscentret" : null, format.hasPlace() ? "Hornsgatan 20" : null,
                format.hasPlace() ? "Stockholm" : null, format.hasLink() ? ZOOM + "9" + Math.abs(unique.hashCode()) : null,
                openToPublic, networkIds, "Fika och lunch", "Resa och logi", null, null, ActivityStatus.DRAFT, false, List.of());
    }

    /** Occasions on consecutive days from 60 days ahead, 10:00–15:00 Swedish time. */
    Activity publish(Activity draft, Integer... capacities) {
        LocalDate first = LocalDate.now().plusDays(60);
        long id = administration.create(draft, at(first, 10), at(first, 15), capacities[0], Actor.system());
        Activity created = catalogue.find(id).orElseThrow();
        for (int occasion = 1; occasion < capacities.length; occasion++) {
            signUps.addOccasion(created, at(first.plusDays(occasion), 10), at(first.plusDays(occasion), 15), capacities[occasion],
                    Actor.system());
        }
        administration.moveStatus(created, ActivityStatus.DRAFT, ActivityStatus.PUBLISHED, Actor.system());
        return catalogue.find(id).orElseThrow();
    }

    List<Occasion> occasions(Activity activity) {
        return catalogue.occasions(activity);
    }

    static Instant at(LocalDate date, int hour) {
        return Occasion.instant(date, LocalTime.of(hour, 0));
    }

    static NewSignUp person(Occasion occasion, boolean waitlistIfFull) {
        String unique = UUID.randomUUID().toString().replace("-", "");
        return new NewSignUp(occasion.id(), "person-" + unique.substring(0, 12) + "@example.org", "Person " + unique.substring(0, 6),
                "Handläggare", null, "Föreningen Exempel", null, null, null, null, "key-" + unique, waitlistIfFull);
    }
}
