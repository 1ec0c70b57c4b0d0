package se.arena.room;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.registration.Registration;
import se.arena.registration.Registrations;
import se.arena.registration.TestSeats;
import se.arena.web.TableExport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.arena.identity.TestSignIn.as;

/**
 * The room's people page: filters by county, kind of organisation and text; e-mail and phone shown
 * only as each person chose (staff always see the address); staff's download; a removed speaker
 * is out of the room.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoomPeopleTest {

    @Autowired
    RoomScenarios scenarios;

    @Autowired
    MockMvc mvc;

    @Autowired
    Registrations registrations;

    @Autowired
    JdbcClient jdbc;

    private RoomScenario scenario;
    private Registration regional;
    private String holdersCounty;
    private String holdersName;
    private String colleaguesName;

    @BeforeEach
    void room() {
        scenario = scenarios.create();
        holdersCounty = jdbc.sql("SELECT county_code FROM organisation WHERE id = :id").param("id", scenario.organisationId())
                .query(String.class).single();
        long region = jdbc.sql("SELECT id FROM organisation WHERE type = 'REGION' AND county_code <> :county ORDER BY id LIMIT 1")
                .param("county", holdersCounty).query(Long.class).single();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        regional = new TestSeats(registrations).seat(scenario.network(), region, "region-" + unique + "@example.org", "Rut Regional" + unique);
        holdersName = nameOf(scenario.holder());
        colleaguesName = nameOf(scenario.colleague());
    }

    @Test
    void thePeopleAreFilteredByCountyKindOfOrganisationAndText() throws Exception {
        people(scenario.holder(), "")
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("3 personer"), containsString(holdersName), containsString(colleaguesName),
                        containsString(regional.name()), not(containsString("Tove Tidigare")))));
        people(scenario.holder(), "?typ=region")
                .andExpect(content().string(allOf(containsString("1 person av 3 i rummet"), containsString(regional.name()),
                        containsString("Region, "), not(containsString(holdersName)), not(containsString(colleaguesName)))));
        people(scenario.holder(), "?lan=" + holdersCounty + "&typ=kommun")
                .andExpect(content().string(allOf(containsString(holdersName), not(containsString(regional.name())))));
        people(scenario.holder(), "?q=" + colleaguesName.substring(4).toUpperCase())
                .andExpect(content().string(allOf(containsString("1 person av 3"), containsString(colleaguesName), not(containsString(holdersName)))));
        people(scenario.holder(), "?q=ingen-sadan-person&lan=xx&typ=okand")
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ingen person matchar din sökning"), containsString("0 personer"))));
    }

    @Test
    void eMailAndPhoneAreShownOnlyAsEachPersonChoseAndStaffAlwaysSeeTheAddress() throws Exception {
        jdbc.sql("UPDATE registration SET mobile = '070-111 22 33' WHERE lower(email) = :email")
                .param("email", scenario.holder().email()).update();
        String holdersEmail = scenario.holder().email();
        people(scenario.colleague(), "").andExpect(content().string(allOf(containsString(holdersName), not(containsString(holdersEmail)),
                not(containsString("070-111 22 33")))));
        people(scenario.staff(), "").andExpect(content().string(allOf(containsString(holdersEmail),
                containsString(scenario.colleague().email()), not(containsString("070-111 22 33")))));
        mvc.perform(get(scenario.room() + "/installningar").with(as(scenario.holder())))
                .andExpect(content().string(allOf(containsString("value=\"070-111 22 33\""), not(containsString("value=\"ja\" checked")))));

        choose(scenario.holder(), "ja", "", "070-111 22 33").andExpect(status().is3xxRedirection());
        people(scenario.colleague(), "").andExpect(content().string(allOf(containsString("mailto:" + holdersEmail),
                not(containsString("070-111 22 33")))));
        assertThat(jdbc.sql("SELECT count(*) FROM room_directory WHERE email = :email AND show_email AND phone IS NULL")
                .param("email", holdersEmail).query(Long.class).single()).as("a number not shown is not kept").isEqualTo(1);

        choose(scenario.holder(), "", "ja", "ring mig på jobbet")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Skriv ett svenskt telefonnummer"), containsString("value=\"ring mig på jobbet\""))));
        choose(scenario.holder(), "", "ja", "9".repeat(10_000)).andExpect(status().isUnprocessableContent());
        choose(scenario.holder(), "", "ja", "").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv det telefonnummer du vill visa")));

        choose(scenario.holder(), "", "ja", " +46 70 999 88 77 ").andExpect(status().is3xxRedirection());
        people(scenario.colleague(), "").andExpect(content().string(allOf(containsString("+46 70 999 88 77"),
                containsString("tel:+46709998877"), not(containsString(holdersEmail)))));
    }

    @Test
    void onlyStaffDownloadTheListWithItsFiltersAndEveryAddress() throws Exception {
        mvc.perform(get(scenario.room() + "/personer/export").param("format", "csv").with(as(scenario.holder())))
                .andExpect(status().isForbidden());
        people(scenario.holder(), "").andExpect(content().string(not(containsString("/personer/export"))));
        people(scenario.staff(), "?typ=kommun").andExpect(content().string(containsString("/personer/export?typ=kommun&amp;format=xlsx")));

        String csv = new String(mvc.perform(get(scenario.room() + "/personer/export").param("format", "csv").param("typ", "kommun")
                        .with(as(scenario.staff())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("\ufeffNamn;Titel;Organisation;Län;Typ;E-post;Telefon;Roll i rummet");
        assertThat(csv).contains(holdersName, scenario.holder().email(), scenario.colleague().email(), "Kommun", "Deltagare")
                .doesNotContain(regional.name());
        assertThat(csv.lines().count()).isEqualTo(3);

        mvc.perform(get(scenario.room() + "/personer/export").param("format", "xlsx").with(as(scenario.staff())))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentType()).isEqualTo(TableExport.XLSX.toString()));
    }

    @Test
    void staffRemoveASpeakerWhoIsThenOutOfTheRoomAndTheRemovalIsAudited() throws Exception {
        String email = "talare-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        mvc.perform(post(scenario.room() + "/talare").with(as(scenario.staff())).with(csrf()).param("name", "Tea Talare").param("email", email))
                .andExpect(status().is3xxRedirection());
        SignedInUser speaker = new SignedInUser(970_500_000L + (UUID.randomUUID().getMostSignificantBits() & 0xFFFF), email, "Tea Talare",
                java.util.Set.of(Role.PARTICIPANT), java.util.Set.of(), java.time.Instant.now());
        mvc.perform(get(scenario.room()).with(as(speaker))).andExpect(status().isOk());
        choose(speaker, "ja", "", "").andExpect(status().is3xxRedirection());
        people(scenario.holder(), "").andExpect(content().string(allOf(containsString("Tea Talare"), containsString("Inbjuden talare"),
                containsString(email), not(containsString("Ta bort")))));

        mvc.perform(post(scenario.room() + "/talare/ta-bort").with(as(scenario.holder())).with(csrf()).param("email", email))
                .andExpect(status().isForbidden());
        people(scenario.staff(), "").andExpect(content().string(containsString("Ta bort")));
        mvc.perform(post(scenario.room() + "/talare/ta-bort").with(as(scenario.staff())).with(csrf()).param("email", email.toUpperCase()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getFlashMap().get("message")).isEqualTo("Talaren är borttagen och kommer inte längre in i rummet."));

        mvc.perform(get(scenario.room()).with(as(speaker))).andExpect(status().isNotFound());
        people(scenario.holder(), "").andExpect(content().string(not(containsString("Tea Talare"))));
        assertThat(jdbc.sql("SELECT count(*) FROM room_directory WHERE email = :email").param("email", email).query(Long.class).single())
                .as("what the speaker chose goes with them").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'ROOM_SPEAKER_REMOVED' AND subject_id = :id")
                .param("id", Long.toString(scenario.network().id())).query(Long.class).single()).isEqualTo(1);
        mvc.perform(post(scenario.room() + "/talare/ta-bort").with(as(scenario.staff())).with(csrf()).param("email", email))
                .andExpect(result -> assertThat(result.getFlashMap().get("message")).isEqualTo("Talaren fanns inte längre i rummet."));
    }

    private ResultActions people(SignedInUser reader, String query) throws Exception {
        return mvc.perform(get(scenario.room() + "/personer" + query).with(as(reader)));
    }

    private ResultActions choose(SignedInUser member, String showEmail, String showPhone, String phone) throws Exception {
        return mvc.perform(post(scenario.room() + "/installningar/personer").with(as(member)).with(csrf())
                .param("showEmail", showEmail).param("showPhone", showPhone).param("phone", phone));
    }

    private String nameOf(SignedInUser user) {
        return jdbc.sql("SELECT name FROM registration WHERE email = :email").param("email", user.email()).query(String.class).single();
    }
}
