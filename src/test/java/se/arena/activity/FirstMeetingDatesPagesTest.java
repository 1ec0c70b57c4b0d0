package se.arena.activity;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.arena.SecretTokens;
import se.arena.identity.Role;
import se.arena.identity.TestSignIn;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationFilter;
import se.arena.privacy.Actor;
import se.arena.registration.TestNetworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Önskat datum": the registration form offers the dates of the network's first meeting as
 * choices, the choice is kept with the registration and staff see it on their list, on the
 * registration's page and in the export. Before the fix it was free text that no one saw again.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FirstMeetingDatesPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ActivityAdministration activityAdministration;

    @Autowired
    ActivityCatalogue activityCatalogue;

    @Autowired
    SignUps signUps;

    @Autowired
    NetworkAdministration networkAdministration;

    @Autowired
    NetworkCatalogue networkCatalogue;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFirstMeetingsDatesAreChoicesAndTheChoiceReachesStaffAndTheExport() throws Exception {
        Network network = new TestNetworks(networkAdministration, networkCatalogue).open(3, null, "");
        TestActivities activities = new TestActivities(activityAdministration, activityCatalogue, signUps);
        Activity meeting = activities.digitalMeeting(List.of(network.id()), 20, 20, 20);
        List<Occasion> occasions = activities.occasions(meeting);
        signUps.cancelOccasion(meeting, occasions.get(2), Actor.system());
        String second = occasions.get(1).label();
        String form = "/natverk/" + network.slug() + "/anmalan";

        mvc.perform(get(form)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Önskat datum för " + meeting.title()),
                        containsString("type=\"radio\" name=\"preferredDate\" id=\"preferredDate-1\" value=\"" + occasions.get(0).label() + "\""),
                        containsString("value=\"" + second + "\""), not(containsString(occasions.get(2).label())),
                        containsString("Inget önskemål"))));

        mvc.perform(register(form, "Pia Påhittad", email()).param("preferredDate", "nästa vecka någon gång"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"preferredDate-fel\">Datumen har ändrats"),
                        containsString("value=\"Pia Påhittad\""))));

        String email = email();
        mvc.perform(register(form, "Vera Väljer", email).param("mobile", "070-123 45 67")
                        .param("address", "Storgatan 1 i Karlskoga").param("preferredDate", second))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT preferred_date FROM registration WHERE email = :email").param("email", email)
                .query(String.class).single()).isEqualTo(second);

        long registrationId = jdbc.sql("SELECT id FROM registration WHERE email = :email").param("email", email).query(Long.class).single();
        var staff = TestSignIn.as(TestSignIn.user(990_911, Role.STAFF, Set.of()));
        String list = "/admin/natverk/" + network.id() + "/anmalningar";
        mvc.perform(get(list).with(staff)).andExpect(content().string(containsString("<td data-label=\"Önskat datum\">" + second + "</td>")));
        mvc.perform(get(list + "/" + registrationId).with(staff))
                .andExpect(content().string(containsString("<dt>Önskat datum</dt><dd>" + second + "</dd>")));
        mvc.perform(get(list + "/export").param("format", "csv").with(staff))
                .andExpect(content().string(allOf(containsString("Telefon;Mobil;Adress;Önskat datum"),
                        containsString("070-123 45 67;Storgatan 1 i Karlskoga;" + second))));
    }

    @Test
    void aMeetingOnOneDateIsToldAndWithoutAMeetingTheFieldIsFreeText() throws Exception {
        Network single = new TestNetworks(networkAdministration, networkCatalogue).open(3, null, "");
        Activity meeting = new TestActivities(activityAdministration, activityCatalogue, signUps).digitalMeeting(List.of(single.id()), 20);
        mvc.perform(get("/natverk/" + single.slug() + "/anmalan"))
                .andExpect(content().string(allOf(containsString("Första träffen är " + meeting.title()),
                        not(containsString("name=\"preferredDate\"")))));

        Network without = new TestNetworks(networkAdministration, networkCatalogue).open(3, null, "");
        mvc.perform(get("/natverk/" + without.slug() + "/anmalan"))
                .andExpect(content().string(allOf(containsString("type=\"text\""), containsString("name=\"preferredDate\""))));
        mvc.perform(register("/natverk/" + without.slug() + "/anmalan", "Fri Text", email()).param("preferredDate", "x".repeat(101)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv högst 100 tecken här.")));
    }

    private MockHttpServletRequestBuilder register(String form, String name, String email) {
        long karlskoga = organisations.search(OrganisationFilter.of("Karlskoga", null, "MUNICIPALITY"), 1, 1).items().getFirst().id();
        return post(form).with(csrf()).param("submissionKey", SecretTokens.newToken())
                .param("organisationId", Long.toString(karlskoga)).param("name", name).param("kind", "CIVIL_SERVANT")
                .param("email", email).param("consent", "on");
    }

    private static String email() {
        return "person-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
