package se.arena.activity;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.arena.identity.Mailbox;
import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.identity.TestSignIn;
import se.arena.network.Network;
import se.arena.organisation.OrganisationDirectory;
import se.arena.registration.TestSeats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The meeting link is for people with a confirmed place. Every response a visitor, a network
 * participant without a place, someone on the waitlist or a coordinator can get is fetched, and
 * none may contain the link; the people with a place, fetched the same way, do see it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MeetingLinkLeakTest {

    @Autowired
    ActivityScenarios scenarios;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignUps signUps;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void noResponseToAnyoneWithoutAConfirmedPlaceContainsTheMeetingLink() throws Exception {
        Network network = scenarios.networks().open(5, null, "");
        TestActivities activities = scenarios.activities();
        Activity meeting = activities.digitalMeeting(List.of(network.id()), 1);
        Activity seminar = activities.publicHybridSeminar(1);
        Occasion meetingOccasion = activities.occasions(meeting).getFirst();
        Occasion seminarOccasion = activities.occasions(seminar).getFirst();
        long organisation = organisations.all().get(5).id();

        String confirmedEmail = ActivityPagesTest.email();
        String waitingEmail = ActivityPagesTest.email();
        String seatOnlyEmail = ActivityPagesTest.email();
        TestSeats seats = scenarios.seats();
        seats.seat(network, organisation, confirmedEmail, "Med Plats");
        seats.seat(network, organisation, waitingEmail, "På Kö");
        seats.seat(network, organisation, seatOnlyEmail, "Inte Anmäld");
        NewSignUp confirmed = new NewSignUp(meetingOccasion.id(), confirmedEmail, "Med Plats", null, organisation, null,
                network.id(), null, null, null, ActivityPagesTest.key(), false);
        NewSignUp waiting = new NewSignUp(meetingOccasion.id(), waitingEmail, "På Kö", null, organisation, null,
                network.id(), null, null, null, ActivityPagesTest.key(), true);
        signUps.signUp(meeting, confirmed);
        signUps.signUp(meeting, waiting);
        NewSignUp seminarConfirmed = TestActivities.person(seminarOccasion, false);
        NewSignUp seminarWaiting = TestActivities.person(seminarOccasion, true);
        signUps.signUp(seminar, seminarConfirmed);
        SignUp seminarWaitlisted = signUps.signUp(seminar, seminarWaiting).signUp();
        assertThat(seminarWaitlisted.status()).isEqualTo(SignUpStatus.WAITLISTED);

        List<String> links = List.of(meeting.meetingLink(), seminar.meetingLink());
        List<RequestPostProcessor> people = List.of(
                request -> request,
                TestSignIn.as(ActivityPagesTest.participant(seatOnlyEmail)),
                TestSignIn.as(ActivityPagesTest.participant(waitingEmail)),
                TestSignIn.as(ActivityPagesTest.participant(ActivityPagesTest.email())),
                TestSignIn.as(TestSignIn.user(424242, Role.COORDINATOR, java.util.Set.of(organisation))));
        List<String> pages = new ArrayList<>(List.of("/aktiviteter", "/aktiviteter?natverk=" + network.id(), "/aktiviteter?natverk=alla",
                "/aktiviteter?typ=MEETING", "/aktiviteter?format=DIGITAL", "/aktiviteter?format=HYBRID",
                "/aktiviteter/kalender.ics", "/natverk/" + network.slug() + "/aktiviteter.ics", "/natverk/" + network.slug()));
        for (Activity activity : List.of(meeting, seminar)) {
            pages.add("/aktiviteter/" + activity.id());
            pages.add("/aktiviteter/" + activity.id() + "/anmalan");
            pages.add("/aktiviteter/" + activity.id() + "/anmalan?tillfalle=" + activities.occasions(activity).getFirst().id());
        }
        pages.add("/aktiviteter/" + seminar.id() + "/anmalan/kvitto/" + seminarWaiting.submissionKey());
        pages.add("/aktiviteter/" + seminar.id() + "/anmalan/kvitto/" + seminarConfirmed.submissionKey());
        pages.add(new Mailbox(jdbc).latestLinkPathTo(seminarWaiting.email(), "/aktiviteter/min-anmalan/"));

        int fetched = 0;
        for (RequestPostProcessor person : people) {
            for (String page : pages) {
                MvcResult result = mvc.perform(get(page).with(person)).andReturn();
                for (String link : links) {
                    assertThat(result.getResponse().getContentAsString()).as(page).doesNotContain(link);
                }
                fetched++;
            }
        }
        assertThat(fetched).isEqualTo(people.size() * pages.size());
        assertThat(new Mailbox(jdbc).latestTextTo(waitingEmail).orElseThrow()).doesNotContain(meeting.meetingLink());
        assertThat(new Mailbox(jdbc).latestTextTo(seminarWaiting.email()).orElseThrow()).doesNotContain(seminar.meetingLink());

        // the positive control: the same kind of request by the people with a place does show it
        SignedInUser withPlace = ActivityPagesTest.participant(confirmedEmail);
        assertThat(mvc.perform(get("/aktiviteter/" + meeting.id()).with(TestSignIn.as(withPlace))).andReturn()
                .getResponse().getContentAsString()).contains(meeting.meetingLink());
        String personalPage = new Mailbox(jdbc).latestLinkPathTo(seminarConfirmed.email(), "/aktiviteter/min-anmalan/");
        assertThat(mvc.perform(get(personalPage)).andReturn().getResponse().getContentAsString())
                .contains(seminar.meetingLink());
        assertThat(new Mailbox(jdbc).latestTextTo(confirmedEmail).orElseThrow()).contains(meeting.meetingLink());
    }

}
