package se.arena.activity;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

import se.arena.ArenaProperties;
import se.arena.TimeConfiguration;

/**
 * The calendar feeds (a network's activities, the activities open to all) as iCalendar text,
 * one event per occasion, in Swedish time with its VTIMEZONE. A feed is public, so it names the
 * place of a physical meeting but never the meeting link of a digital one.
 */
@Component
public class CalendarEntries {

    private final ArenaProperties arena;
    private final Clock clock;

    CalendarEntries(ArenaProperties arena, Clock clock) {
        this.arena = arena;
        this.clock = clock;
    }

    /** @param name what calendar programs call the subscribed calendar */
    public String feed(String name, List<ScheduledActivity> activities) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Arena//Aktivitetskalender//SV"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", TimeConfiguration.SWEDEN.getId()));
        calendar.add(CalendarInvitation.swedishTimeZone());
        for (ScheduledActivity scheduled : activities) {
            for (Occasion occasion : scheduled.occasions()) {
                calendar.add(event(scheduled.activity(), occasion));
            }
        }
        // ical4j folds after 73 characters, and å, ä and ö are two octets each: fold as the invitations do
        return CalendarInvitation.fold(calendar.toString());
    }

    private VEvent event(Activity activity, Occasion occasion) {
        boolean cancelled = !occasion.isScheduled() || activity.status() == ActivityStatus.CANCELLED;
        String page = arena.baseUrl() + "/aktiviteter/" + activity.id();
        VEvent event = new VEvent(occasion.start(), occasion.end(), (cancelled ? "Inställt: " : "") + activity.title());
        // the same UID as the occasion's e-mailed invitation: it is the same event
        event.add(new Uid(CalendarInvitation.uidFor(occasion.id(), arena.baseUrl())));
        event.replace(new DtStamp(clock.instant()));
        event.add(new Location(activity.format().hasPlace() ? activity.place() : "Digitalt"));
        event.add(new Description(activity.kind().label() + ". " + (activity.format().hasLink()
                ? "Länken till mötet får du när du har anmält dig. " : "") + "Läs mer och anmäl dig: " + page));
        event.add(new Url(URI.create(page)));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }
}
