package se.arena.activity;

import java.io.StringReader;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import se.arena.TimeConfiguration;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.privacy.Actor;
import se.arena.registration.TestNetworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The calendar feeds, read back with ical4j as a calendar program would read them. */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarFeedTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ActivityAdministration administration;

    @Autowired
    ActivityCatalogue catalogue;

    @Autowired
    SignUps signUps;

    @Autowired
    NetworkAdministration networkAdministration;

    @Autowired
    NetworkCatalogue networkCatalogue;

    @Test
    void aNetworksFeedHasEachOccasionInSwedishTimeWithItsZoneAndACancelledOneMarkedSo() throws Exception {
        Network network = new TestNetworks(networkAdministration, networkCatalogue).open(2, null, "");
        TestActivities activities = new TestActivities(administration, catalogue, signUps);
        Activity meeting = activities.digitalMeeting(List.of(network.id()), 30, 30);
        List<Occasion> occasions = activities.occasions(meeting);
        signUps.cancelOccasion(meeting, occasions.get(1), Actor.system());

        MvcResult result = mvc.perform(get("/natverk/" + network.slug() + "/aktiviteter.ics")).andReturn();
        assertThat(result.getResponse().getContentType()).startsWith("text/calendar");
        String text = result.getResponse().getContentAsString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .as("octets in a content line").isLessThanOrEqualTo(75));
        text = text.replace("\r\n ", "");

        VTimeZone zone = (VTimeZone) calendar.getComponent("VTIMEZONE").orElseThrow();
        assertThat(zone.getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("Europe/Stockholm");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent first = events.stream().filter(event -> event.getUid().orElseThrow().getValue()
                .equals(CalendarInvitation.uidFor(occasions.get(0).id(), "http://localhost:8080"))).findFirst().orElseThrow();
        DtStart<ZonedDateTime> start = first.getDateTimeStart();
        assertThat(start.getDate().withZoneSameInstant(TimeConfiguration.SWEDEN).toLocalTime()).hasToString("10:00");
        assertThat(start.getDate().toInstant()).isEqualTo(occasions.get(0).startsAt());
        assertThat(first.getSummary().getValue()).isEqualTo(meeting.title());
        assertThat(text).contains("STATUS:CANCELLED", "Inställt: " + meeting.title().substring(0, 10), "/aktiviteter/" + meeting.id())
                .doesNotContain(meeting.meetingLink());
    }

    @Test
    void thePublicFeedHoldsTheActivitiesOpenToAllAndNoNetworksMeeting() throws Exception {
        Network network = new TestNetworks(networkAdministration, networkCatalogue).open(2, null, "");
        TestActivities activities = new TestActivities(administration, catalogue, signUps);
        Activity meeting = activities.digitalMeeting(List.of(network.id()), 30);
        Activity seminar = activities.publicHybridSeminar(30);

        String text = mvc.perform(get("/aktiviteter/kalender.ics")).andReturn().getResponse().getContentAsString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        text = text.replace("\r\n ", "");
        String seminarUid = CalendarInvitation.uidFor(activities.occasions(seminar).getFirst().id(), "http://localhost:8080");
        String meetingUid = CalendarInvitation.uidFor(activities.occasions(meeting).getFirst().id(), "http://localhost:8080");

        assertThat(calendar.<VEvent>getComponents("VEVENT")).anySatisfy(event ->
                assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(seminarUid));
        assertThat(text).doesNotContain(meetingUid, seminar.meetingLink())
                .contains("Konferenscentret\\, Hornsgatan 20\\, Stockholm");
        assertThat(mvc.perform(get("/natverk/finns-inte/aktiviteter.ics")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
