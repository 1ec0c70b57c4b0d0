package se.arena.activity;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Month;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationResult;

import se.arena.TimeConfiguration;
import se.arena.notification.MailAttachment;
import se.arena.web.FormErrors;

/**
 * One person's calendar invitation to one occasion, as the {@code .ics} file (RFC 5545 with an
 * iTIP method, RFC 5546) that goes with a sign-up confirmation, a change or a cancellation.
 * Calendar programs recognise the event by its UID: it names the person's sign-up and never
 * changes, so a move to another date updates the event they have,
 * and every later version carries a higher SEQUENCE, so that the program updates or removes the
 * event it has instead of adding another. Times are Swedish wall-clock times with the
 * Europe/Stockholm zone written out, so they stay right across summer time.
 *
 * @param uid            stable for the sign-up, from {@link #uidForSignUp(long, String)}
 * @param sequence       0 for the first version, then one more for each change or cancellation;
 *                       the caller keeps it with the sign-up
 * @param description    may be null; several lines allowed
 * @param location       the venue or "Digitalt"; may be null
 * @param url            where the person reads or manages the occasion; may be null
 * @param start          any zone; kept as the same instant in Europe/Stockholm
 * @param organizerName  may be null
 * @param attendeeName   may be null
 */
public record CalendarInvitation(
        String uid,
        int sequence,
        Method method,
        String summary,
        String description,
        String location,
        URI url,
        ZonedDateTime start,
        ZonedDateTime end,
        String organizerEmail,
        String organizerName,
        String attendeeEmail,
        String attendeeName) {

    /** The content type of the attachment; the method parameter is what mail clients look for. */
    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=";

    private static final String PRODUCT_ID = "-//Arena//Kunskapsnätverk//SV";

    /** RFC 5545 section 3.1: a content line longer than this many octets is folded. */
    private static final int MAX_LINE_OCTETS = 75;

    /** What the invitation asks the recipient's calendar to do. */
    public enum Method {
        /** Add the event, or update it when a copy with the same UID and a lower SEQUENCE exists. */
        REQUEST("inbjudan.ics"),
        /** Remove the event. */
        CANCEL("avbokning.ics");

        private final String filename;

        Method(String filename) {
            this.filename = filename;
        }
    }

    public CalendarInvitation {
        if (uid == null || uid.isBlank() || uid.length() > 255 || uid.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new IllegalArgumentException("A UID is one word of at most 255 characters: " + uid);
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("SEQUENCE starts at 0, was " + sequence);
        }
        if (method == null) {
            throw new IllegalArgumentException("An invitation needs a method");
        }
        summary = text(summary);
        if (summary == null) {
            throw new IllegalArgumentException("An invitation needs a summary");
        }
        description = text(description);
        location = text(location);
        if (url != null && (!url.isAbsolute() || !List.of("http", "https").contains(url.getScheme().toLowerCase(Locale.ROOT)))) {
            throw new IllegalArgumentException("The link must be an absolute http(s) address: " + url);
        }
        if (start == null || end == null || !end.isAfter(start)) {
            throw new IllegalArgumentException("An invitation needs a start and a later end");
        }
        start = start.withZoneSameInstant(TimeConfiguration.SWEDEN);
        end = end.withZoneSameInstant(TimeConfiguration.SWEDEN);
        if (organizerEmail == null || !FormErrors.isEmail(organizerEmail.strip())
                || attendeeEmail == null || !FormErrors.isEmail(attendeeEmail.strip())) {
            throw new IllegalArgumentException("Organizer and attendee need e-mail addresses");
        }
        organizerEmail = organizerEmail.strip();
        attendeeEmail = attendeeEmail.strip();
        organizerName = oneLine(organizerName);
        attendeeName = oneLine(attendeeName);
    }

    /** A UID for an occasion in the public feeds, stable for as long as the site keeps its address. */
    public static String uidFor(long occasionId, String baseUrl) {
        return "arena-occasion-" + occasionId + "@" + host(baseUrl);
    }

    /**
     * A UID for a person's own invitation: per sign-up rather than per occasion, so that moving to
     * another date updates the event they have instead of leaving the old one behind.
     */
    public static String uidForSignUp(long signUpId, String baseUrl) {
        return "arena-sign-up-" + signUpId + "@" + host(baseUrl);
    }

    private static String host(String baseUrl) {
        String host = URI.create(baseUrl).getHost();
        return host == null ? "arena.invalid" : host;
    }

    /** The same event at a new time or place: the next version, to everyone signed up. */
    public CalendarInvitation rescheduled(ZonedDateTime newStart, ZonedDateTime newEnd, String newLocation) {
        return new CalendarInvitation(uid, sequence + 1, Method.REQUEST, summary, description, newLocation, url,
                newStart, newEnd, organizerEmail, organizerName, attendeeEmail, attendeeName);
    }

    /** The same event called off: the next version, asking calendars to remove it. */
    public CalendarInvitation cancelled() {
        return new CalendarInvitation(uid, sequence + 1, Method.CANCEL, summary, description, location, url,
                start, end, organizerEmail, organizerName, attendeeEmail, attendeeName);
    }

    /**
     * The invitation as iCalendar text: CRLF line ends, lines folded at 75 octets.
     *
     * @param stamp when this version was made (DTSTAMP), normally the clock's now
     */
    public String toIcs(Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method == Method.REQUEST ? ImmutableMethod.REQUEST : ImmutableMethod.CANCEL);
        calendar.add(swedishTimeZone());
        calendar.add(event(stamp));
        ValidationResult validation = calendar.validate();
        if (validation.hasErrors()) {
            throw new IllegalStateException("Not a valid iCalendar invitation: " + validation);
        }
        // ical4j folds after 73 characters, and a character of å, ä or ö is two octets in UTF-8.
        return fold(calendar.toString());
    }

    /** The invitation as an e-mail attachment, named inbjudan.ics or avbokning.ics. */
    public MailAttachment toAttachment(Instant stamp) {
        return new MailAttachment(method.filename, CONTENT_TYPE + method.name(), toIcs(stamp).getBytes(StandardCharsets.UTF_8));
    }

    private VEvent event(Instant stamp) {
        VEvent event = new VEvent(false);
        event.add(new Uid(uid));
        event.add(new DtStamp(stamp.truncatedTo(ChronoUnit.SECONDS)));
        event.add(new DtStart<>(start.truncatedTo(ChronoUnit.SECONDS)));
        event.add(new DtEnd<>(end.truncatedTo(ChronoUnit.SECONDS)));
        event.add(new Sequence(sequence));
        event.add(new Summary(summary));
        if (description != null) {
            event.add(new Description(description));
        }
        if (location != null) {
            event.add(new Location(location));
        }
        if (url != null) {
            event.add(new Url(url));
        }
        event.add(method == Method.REQUEST ? ImmutableStatus.VEVENT_CONFIRMED : ImmutableStatus.VEVENT_CANCELLED);
        event.add(new Organizer(named(organizerName), URI.create("mailto:" + organizerEmail)));
        // RSVP=FALSE: accepting only adds the event; a reply would go to an address nobody reads.
        ParameterList attendee = named(attendeeName)
                .add(Role.REQ_PARTICIPANT)
                .add(PartStat.NEEDS_ACTION)
                .add(Rsvp.FALSE);
        event.add(new Attendee(attendee, URI.create("mailto:" + attendeeEmail)));
        return event;
    }

    private static ParameterList named(String name) {
        return name == null ? new ParameterList() : new ParameterList(List.of(new Cn(name)));
    }

    /**
     * Europe/Stockholm as its present rules, from the JDK's time-zone data. ical4j's bundled
     * definition cannot be used: the tz database made Stockholm an alias of Berlin, and the
     * definition carries the TZID Europe/Berlin, which would not match our DTSTART. The calendar
     * feeds ({@link CalendarEntries}) use the same definition.
     */
    static VTimeZone swedishTimeZone() {
        ZoneRules rules = TimeConfiguration.SWEDEN.getRules();
        List<ZoneOffsetTransition> history = rules.getTransitions();
        int firstRuleYear = history.getLast().getDateTimeBefore().getYear() + 1;
        VTimeZone zone = new VTimeZone();
        zone.add(new TzId(TimeConfiguration.SWEDEN.getId()));
        for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
            Observance observance = rule.getOffsetAfter().equals(rule.getStandardOffset()) ? new Standard() : new Daylight();
            observance.add(new DtStart<>(rule.createTransition(firstRuleYear).getDateTimeBefore()));
            observance.add(new TzOffsetFrom(rule.getOffsetBefore()));
            observance.add(new TzOffsetTo(rule.getOffsetAfter()));
            observance.add(new RRule<>("FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + ";BYDAY=" + lastWeekday(rule)));
            zone.add(observance);
        }
        return zone;
    }

    /** "-1SU" for "the last Sunday of the month", the only kind of rule Sweden has had since 1996. */
    private static String lastWeekday(ZoneOffsetTransitionRule rule) {
        Month month = rule.getMonth();
        boolean lastWeekOfMonth = rule.getDayOfWeek() != null && month.minLength() == month.maxLength()
                && rule.getDayOfMonthIndicator() == month.maxLength() - 6;
        if (!lastWeekOfMonth) {
            throw new IllegalStateException("Europe/Stockholm has a rule this class cannot write as an RRULE: " + rule);
        }
        return "-1" + rule.getDayOfWeek().name().substring(0, 2);
    }

    /** Folds every content line at 75 octets, between characters, never inside one. */
    static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 32);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = utf8Octets(codePoint);
                if (octets + size > MAX_LINE_OCTETS) {
                    folded.append("\r\n ");
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            folded.append("\r\n");
        }
        return folded.toString();
    }

    private static int utf8Octets(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    /** Blank means absent; every line break becomes LF, which iCalendar text escapes as \n. */
    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip().replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String oneLine(String value) {
        String text = text(value);
        return text == null ? null : text.replace('\n', ' ');
    }
}
