package se.arena.activity;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.ZoneRulesBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

import se.arena.TimeConfiguration;
import se.arena.notification.MailAttachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalendarInvitationTest {

    private static final Instant STAMP = Instant.parse("2027-01-15T09:30:00Z");
    private static final String UID = CalendarInvitation.uidFor(42, "https://arena.example.org");

    @Test
    void aUidNamesTheOccasionAndTheSite() {
        assertThat(UID).isEqualTo("arena-occasion-42@arena.example.org");
        assertThat(CalendarInvitation.uidFor(42, "http://localhost:8080")).isEqualTo("arena-occasion-42@localhost");
        assertThat(CalendarInvitation.uidForSignUp(42, "http://localhost:8080")).isEqualTo("arena-sign-up-42@localhost");
    }

    @Test
    void summerTimeInStockholmIsTwoHoursAheadOfUtc() throws Exception {
        CalendarInvitation invitation = meeting(at(2027, 3, 31, 10), at(2027, 3, 31, 16));
        String ics = invitation.toIcs(STAMP);

        assertThat(ics).contains("DTSTART;TZID=Europe/Stockholm:20270331T100000\r\n",
                "DTEND;TZID=Europe/Stockholm:20270331T160000\r\n");
        VEvent event = event(parse(ics));
        assertThat(instant(event, Property.DTSTART)).isEqualTo(Instant.parse("2027-03-31T08:00:00Z"));
        assertThat(instant(event, Property.DTEND)).isEqualTo(Instant.parse("2027-03-31T14:00:00Z"));
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter(Parameter.TZID).orElseThrow().getValue())
                .isEqualTo("Europe/Stockholm");
    }

    @Test
    void winterTimeInStockholmIsOneHourAheadOfUtc() throws Exception {
        VEvent event = event(parse(meeting(at(2027, 2, 10, 10), at(2027, 2, 10, 12)).toIcs(STAMP)));
        assertThat(instant(event, Property.DTSTART)).isEqualTo(Instant.parse("2027-02-10T09:00:00Z"));
        assertThat(instant(event, Property.DTEND)).isEqualTo(Instant.parse("2027-02-10T11:00:00Z"));
    }

    @Test
    void aTimeGivenInAnotherZoneIsWrittenAsSwedishTime() throws Exception {
        CalendarInvitation invitation = meeting(ZonedDateTime.of(2027, 3, 31, 8, 0, 0, 0, ZoneOffset.UTC),
                ZonedDateTime.of(2027, 3, 31, 9, 30, 0, 0, ZoneOffset.UTC));
        assertThat(invitation.start()).isEqualTo(at(2027, 3, 31, 10));
        assertThat(invitation.toIcs(STAMP)).contains("DTSTART;TZID=Europe/Stockholm:20270331T100000\r\n",
                "DTEND;TZID=Europe/Stockholm:20270331T113000\r\n");
    }

    @Test
    void theTimeZoneItCarriesAgreesWithTheJdkAtEveryChangeForYears() throws Exception {
        Calendar calendar = parse(meeting(at(2027, 3, 31, 10), at(2027, 3, 31, 16)).toIcs(STAMP));
        VTimeZone zone = calendar.<VTimeZone>getComponent("VTIMEZONE").orElseThrow();
        assertThat(zone.getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("Europe/Stockholm");
        // The rules ical4j builds from the VTIMEZONE when it reads a TZID, as a calendar program would.
        ZoneRules written = new ZoneRulesBuilder().vTimeZone(zone).build();

        int checked = 0;
        ZoneOffsetTransition transition = TimeConfiguration.SWEDEN.getRules().nextTransition(Instant.parse("2026-01-01T00:00:00Z"));
        while (transition.getInstant().isBefore(Instant.parse("2041-01-01T00:00:00Z"))) {
            for (Instant moment : List.of(transition.getInstant().minusSeconds(1), transition.getInstant())) {
                assertThat(written.getOffset(moment))
                        .as("offset at %s", moment)
                        .isEqualTo(TimeConfiguration.SWEDEN.getRules().getOffset(moment));
            }
            checked++;
            transition = TimeConfiguration.SWEDEN.getRules().nextTransition(transition.getInstant());
        }
        assertThat(checked).isEqualTo(30);
    }

    @Test
    void theUidStaysAndTheSequenceGrowsAcrossAChangeAndACancellation() throws Exception {
        CalendarInvitation first = meeting(at(2027, 3, 31, 10), at(2027, 3, 31, 16));
        CalendarInvitation moved = first.rescheduled(at(2027, 4, 7, 13), at(2027, 4, 7, 16), "Stadshuset, Örebro");
        CalendarInvitation cancelled = moved.cancelled();

        VEvent original = event(parse(first.toIcs(STAMP)));
        VEvent change = event(parse(moved.toIcs(STAMP.plusSeconds(60))));
        VEvent cancellation = event(parse(cancelled.toIcs(STAMP.plusSeconds(120))));

        assertThat(List.of(value(original, Property.UID), value(change, Property.UID), value(cancellation, Property.UID)))
                .containsOnly(UID);
        assertThat(List.of(value(original, Property.SEQUENCE), value(change, Property.SEQUENCE), value(cancellation, Property.SEQUENCE)))
                .containsExactly("0", "1", "2");
        assertThat(instant(change, Property.DTSTART)).isEqualTo(Instant.parse("2027-04-07T11:00:00Z"));
        assertThat(value(change, Property.LOCATION)).isEqualTo("Stadshuset, Örebro");
        assertThat(value(change, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(parse(moved.toIcs(STAMP)).getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");

        assertThat(value(cancellation, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(parse(cancelled.toIcs(STAMP)).getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(instant(cancellation, Property.DTSTART)).as("the cancelled version names the moved time")
                .isEqualTo(Instant.parse("2027-04-07T11:00:00Z"));
    }

    @Test
    void carriesStampOrganizerAttendeeAndLink() throws Exception {
        VEvent event = event(parse(meeting(at(2027, 3, 31, 10), at(2027, 3, 31, 16)).toIcs(STAMP)));
        assertThat(value(event, Property.DTSTAMP)).isEqualTo("20270115T093000Z");
        assertThat(value(event, Property.URL)).isEqualTo("https://arena.example.org/aktiviteter/7");

        Property organizer = event.getProperty(Property.ORGANIZER).orElseThrow();
        assertThat(organizer.getValue()).isEqualTo("mailto:natverk@example.org");
        assertThat(organizer.getParameter(Parameter.CN).orElseThrow().getValue()).isEqualTo("Nätverket för medborgardialog");

        Property attendee = event.getProperty(Property.ATTENDEE).orElseThrow();
        assertThat(attendee.getValue()).isEqualTo("mailto:asa.ostlund@example.org");
        assertThat(attendee.getParameter(Parameter.CN).orElseThrow().getValue()).isEqualTo("Åsa Östlund");
        assertThat(attendee.getParameter(Parameter.RSVP).orElseThrow().getValue()).isEqualTo("FALSE");
    }

    @Test
    void textWithCommasSemicolonsLineBreaksAndSwedishLettersSurvives() throws Exception {
        String summary = "Nätverksträff: IOP, överenskommelser; sakråd";
        String description = "Program:\r\n09.30 Kaffe, smörgås; välkomna!\n10.00 \"Medborgardialog\" i Åre\\Östersund\r13.00 Slut";
        String location = "Kommunhuset, sal Älven; plan 2";
        CalendarInvitation invitation = new CalendarInvitation(UID, 0, CalendarInvitation.Method.REQUEST, summary,
                description, location, null, at(2027, 3, 31, 10), at(2027, 3, 31, 16),
                "natverk@example.org", null, "asa.ostlund@example.org", "Åsa \"Åsa\" Östlund; samordnare");
        String ics = invitation.toIcs(STAMP);

        assertThat(ics).contains("SUMMARY:Nätverksträff: IOP\\, överenskommelser\\; sakråd\r\n");
        VEvent event = event(parse(ics));
        assertThat(value(event, Property.SUMMARY)).isEqualTo(summary);
        assertThat(value(event, Property.DESCRIPTION))
                .isEqualTo("Program:\n09.30 Kaffe, smörgås; välkomna!\n10.00 \"Medborgardialog\" i Åre\\Östersund\n13.00 Slut");
        assertThat(value(event, Property.LOCATION)).isEqualTo(location);
        assertThat(event.getProperty(Property.ATTENDEE).orElseThrow().getParameter(Parameter.CN).orElseThrow().getValue())
                .isEqualTo("Åsa \"Åsa\" Östlund; samordnare");
        assertThat(event.getProperty(Property.URL)).isEmpty();
    }

    @Test
    void foldsLongLinesAtSeventyFiveOctetsWithoutSplittingALetter() throws Exception {
        String description = "Återträff för förtroendevalda i Älvsbyn, Överkalix och Örnsköldsvik: "
                + "åäö ÅÄÖ ".repeat(40) + "– med fika ☕ och 🙂 i pausen.";
        CalendarInvitation invitation = new CalendarInvitation(UID, 0, CalendarInvitation.Method.REQUEST,
                "Träff", description, null, null, at(2027, 3, 31, 10), at(2027, 3, 31, 16),
                "natverk@example.org", null, "asa.ostlund@example.org", null);
        String ics = invitation.toIcs(STAMP);

        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        List<String> lines = List.of(ics.split("\r\n"));
        assertThat(lines).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                .as(line).isLessThanOrEqualTo(75));
        long continuations = lines.stream().filter(line -> line.startsWith(" ")).count();
        assertThat(continuations).isGreaterThan(5);
        assertThat(ics).doesNotContain("\n\r", "\r\n\r\n").doesNotContainPattern("[^\r]\n");
        assertThat(value(event(parse(ics)), Property.DESCRIPTION)).isEqualTo(description);
    }

    @Test
    void foldingNeverBreaksAFourOctetCharacter() {
        String line = "X:" + "a".repeat(72) + "🙂b";
        assertThat(CalendarInvitation.fold(line + "\r\n")).isEqualTo("X:" + "a".repeat(72) + "\r\n 🙂b\r\n");
        assertThat(CalendarInvitation.fold("X:" + "a".repeat(73) + "\r\n")).isEqualTo("X:" + "a".repeat(73) + "\r\n");
    }

    @Test
    void becomesAnAttachmentThatMailClientsTakeAsAnInvitationOrACancellation() {
        CalendarInvitation invitation = meeting(at(2027, 3, 31, 10), at(2027, 3, 31, 16));
        MailAttachment request = invitation.toAttachment(STAMP);
        assertThat(request.filename()).isEqualTo("inbjudan.ics");
        assertThat(request.contentType()).isEqualTo("text/calendar; charset=UTF-8; method=REQUEST");
        assertThat(new String(request.content(), StandardCharsets.UTF_8)).isEqualTo(invitation.toIcs(STAMP));

        MailAttachment cancel = invitation.cancelled().toAttachment(STAMP);
        assertThat(cancel.filename()).isEqualTo("avbokning.ics");
        assertThat(cancel.contentType()).isEqualTo("text/calendar; charset=UTF-8; method=CANCEL");
    }

    @Test
    void refusesWhatCannotBeAnInvitation() {
        ZonedDateTime start = at(2027, 3, 31, 10);
        ZonedDateTime end = at(2027, 3, 31, 16);
        List<Runnable> invalid = List.of(
                () -> invitation("två ord", 0, "Träff", null, start, end, "asa@example.org"),
                () -> invitation(" ", 0, "Träff", null, start, end, "asa@example.org"),
                () -> invitation(UID, -1, "Träff", null, start, end, "asa@example.org"),
                () -> invitation(UID, 0, "  ", null, start, end, "asa@example.org"),
                () -> invitation(UID, 0, "Träff", URI.create("javascript:alert(1)"), start, end, "asa@example.org"),
                () -> invitation(UID, 0, "Träff", URI.create("/aktiviteter/7"), start, end, "asa@example.org"),
                () -> invitation(UID, 0, "Träff", null, start, start, "asa@example.org"),
                () -> invitation(UID, 0, "Träff", null, end, start, "asa@example.org"),
                () -> invitation(UID, 0, "Träff", null, null, end, "asa@example.org"),
                () -> invitation(UID, 0, "Träff", null, start, end, "inte en adress"),
                () -> invitation(UID, 0, "Träff", null, start, end, null));
        for (int i = 0; i < invalid.size(); i++) {
            assertThatThrownBy(invalid.get(i)::run).as("case %d", i).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static void invitation(String uid, int sequence, String summary, URI url, ZonedDateTime start,
                                   ZonedDateTime end, String attendee) {
        new CalendarInvitation(uid, sequence, CalendarInvitation.Method.REQUEST, summary, null, null, url, start, end,
                "natverk@example.org", null, attendee, null);
    }

    private static CalendarInvitation meeting(ZonedDateTime start, ZonedDateTime end) {
        return new CalendarInvitation(UID, 0, CalendarInvitation.Method.REQUEST,
                "Nätverksträff: medborgardialog", "Program och anmälan finns på webben.", "Kommunhuset, Karlskoga",
                URI.create("https://arena.example.org/aktiviteter/7"), start, end,
                "natverk@example.org", "Nätverket för medborgardialog", "asa.ostlund@example.org", "Åsa Östlund");
    }

    private static ZonedDateTime at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(TimeConfiguration.SWEDEN);
    }

    private static Calendar parse(String ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent event(Calendar calendar) {
        return calendar.<VEvent>getComponent("VEVENT").orElseThrow();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private static Instant instant(VEvent event, String property) {
        DateProperty<?> date = event.<DateProperty<?>>getProperty(property).orElseThrow();
        Temporal temporal = date.getDate();
        return Instant.from(temporal);
    }
}
