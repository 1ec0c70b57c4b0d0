package se.arena.activity;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.arena.TestClock;
import se.arena.identity.Role;
import se.arena.identity.TestSignIn;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.registration.TestNetworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ActivityAdminPagesTest {

    private static final RequestPostProcessor STAFF = TestSignIn.as(TestSignIn.user(909090, Role.STAFF, Set.of()));

    @Autowired
    MockMvc mvc;

    @Autowired
    ActivityAdministration administration;

    @Autowired
    ActivityCatalogue catalogue;

    @Autowired
    SignUps signUps;

    @Autowired
    Attendance attendance;

    @Autowired
    NetworkAdministration networkAdministration;

    @Autowired
    NetworkCatalogue networkCatalogue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void staffCreateAWebcastSharedByTwoNetworksAndPublishIt() throws Exception {
        Network first = new TestNetworks(networkAdministration, networkCatalogue).open(2, null, "");
        Network second = new TestNetworks(networkAdministration, networkCatalogue).open(2, null, "");
        String date = LocalDate.now().plusDays(40).toString();

        mvc.perform(activityForm().param("title", "Webbsändning om IOP").param("format", "DIGITAL")
                        .param("meetingLink", "zoom.us/j/1").param("firstDate", "31/3").param("firstStart", "9")
                        .param("programmeTitle0", "").param("programmeStart0", "9:00"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("value=\"Webbsändning om IOP\""), containsString("https://"),
                        containsString("Välj minst ett nätverk"), containsString("ÅÅÅÅ-MM-DD"), containsString("TT:MM"),
                        containsString("Skriv vad som händer på programpunkten"), containsString("value=\"zoom.us/j/1\""))));

        mvc.perform(activityForm().param("title", "Webbsändning om IOP").param("kind", "WEBCAST").param("format", "DIGITAL")
                        .param("meetingLink", "https://zoom.us/j/555").param("networkIds", Long.toString(first.id()))
                        .param("networkIds", Long.toString(second.id())).param("firstDate", date).param("firstStart", "09:00")
                        .param("firstEnd", "10:00").param("programmeStart0", "09:00").param("programmeEnd0", "09:40")
                        .param("programmeTitle0", "Föredrag").param("programmeSpeaker0", "Lena Forsberg"))
                .andExpect(redirectedUrlPattern("/admin/aktiviteter/*"));
        Activity created = catalogue.listForStaff("Webbsändning om IOP", ActivityStatus.DRAFT, ActivityKind.WEBCAST).getFirst().activity();
        assertThat(created.networkIds()).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(created.programme()).singleElement().satisfies(item -> assertThat(item.time()).isEqualTo("09:00–09:40"));
        assertThat(catalogue.occasions(created)).singleElement()
                .satisfies(occasion -> assertThat(occasion.times()).isEqualTo("09:00–10:00"));
        mvc.perform(get("/aktiviteter/" + created.id())).andExpect(status().isNotFound());

        mvc.perform(post("/admin/aktiviteter/" + created.id() + "/status").with(csrf()).with(STAFF)
                .param("fran", "DRAFT").param("till", "PUBLISHED")).andExpect(redirectedUrl("/admin/aktiviteter/" + created.id()));
        mvc.perform(get("/aktiviteter/" + created.id())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Webbsändning om IOP"), containsString("Lena Forsberg"),
                        containsString(first.title()), containsString(second.title()))));
        mvc.perform(get("/admin/aktiviteter/" + created.id()).with(STAFF)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Per nätverk"), containsString(first.title()))));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE subject_type = 'activity' AND subject_id = :id")
                .param("id", Long.toString(created.id())).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void staffSeeTheDemandAddADateRaiseCapacityAndMoveAPersonWhenTheFirstDatesAreFull() throws Exception {
        Activity seminar = new TestActivities(administration, catalogue, signUps).publicSeminar(1, 1);
        List<Occasion> occasions = catalogue.occasions(seminar);
        NewSignUp first = TestActivities.person(occasions.get(0), false);
        NewSignUp waiting = TestActivities.person(occasions.get(0), true);
        signUps.signUp(seminar, first);
        signUps.signUp(seminar, waiting);
        signUps.signUp(seminar, TestActivities.person(occasions.get(1), false));

        mvc.perform(get("/admin/aktiviteter/" + seminar.id()).with(STAFF)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Datum och efterfrågan"), containsString(waiting.name()))));

        mvc.perform(post("/admin/aktiviteter/" + seminar.id() + "/tillfallen").with(csrf()).with(STAFF)
                        .param("newDate", "nästa vecka").param("newStart", "10:00").param("newEnd", "09:00"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("value=\"nästa vecka\""), containsString("efter starttiden"))));
        String third = LocalDate.now().plusDays(90).toString();
        mvc.perform(post("/admin/aktiviteter/" + seminar.id() + "/tillfallen").with(csrf()).with(STAFF)
                        .param("newDate", third).param("newStart", "10:00").param("newEnd", "15:00").param("newCapacity", "20"))
                .andExpect(redirectedUrl("/admin/aktiviteter/" + seminar.id()));
        Occasion added = catalogue.occasions(seminar).get(2);
        assertThat(added.date()).isEqualTo(LocalDate.parse(third));
        mvc.perform(get("/aktiviteter/" + seminar.id() + "/anmalan"))
                .andExpect(content().string(allOf(containsString(added.label() + ": 20 platser kvar"),
                        containsString(occasions.get(0).id() + "-vantelista"))));

        SignUp waitingSignUp = signUps.activeOf(seminar, waiting.email()).orElseThrow();
        mvc.perform(post("/admin/aktiviteter/" + seminar.id() + "/anmalningar/" + waitingSignUp.id() + "/flytta").with(csrf()).with(STAFF)
                        .param("till", Long.toString(occasions.get(1).id())))
                .andExpect(flash().attribute("message", containsString("Det gick inte att flytta")));
        mvc.perform(post("/admin/aktiviteter/" + seminar.id() + "/anmalningar/" + waitingSignUp.id() + "/flytta").with(csrf()).with(STAFF)
                        .param("till", Long.toString(added.id())))
                .andExpect(flash().attribute("message", containsString("har flyttats")));
        assertThat(signUps.activeOf(seminar, waiting.email()).orElseThrow().occasionId()).isEqualTo(added.id());

        mvc.perform(post("/admin/aktiviteter/" + seminar.id() + "/tillfallen/" + occasions.get(1).id() + "/platser").with(csrf())
                .with(STAFF).param("capacity", "tio")).andExpect(flash().attribute("message", containsString("heltal")));
        mvc.perform(post("/admin/aktiviteter/" + seminar.id() + "/tillfallen/" + occasions.get(1).id() + "/platser").with(csrf())
                .with(STAFF).param("capacity", "")).andExpect(flash().attribute("message", containsString("är ändrat")));
        assertThat(catalogue.findOccasion(seminar, occasions.get(1).id()).orElseThrow().capacity()).isNull();
    }

    @Test
    void theAttendeeListShowsNeedsExportsThemAndRecordsWhoCameForTheStatistics() throws Exception {
        Activity seminar = new TestActivities(administration, catalogue, signUps).publicSeminar(10);
        Occasion occasion = catalogue.occasions(seminar).getFirst();
        NewSignUp came = new NewSignUp(occasion.id(), ActivityPagesTest.email(), "Anna Andersson", "Strateg", null,
                "Föreningen Framtid", null, null, "Glutenfri", "Hörslinga", ActivityPagesTest.key(), false);
        NewSignUp stayedAway = new NewSignUp(occasion.id(), ActivityPagesTest.email(), "=Bertil Berg", null, null,
                "Föreningen Framtid", null, null, null, null, ActivityPagesTest.key(), false);
        SignUp cameSignUp = signUps.signUp(seminar, came).signUp();
        signUps.signUp(seminar, stayedAway);
        String list = "/admin/aktiviteter/" + seminar.id() + "/tillfallen/" + occasion.id() + "/deltagare";

        mvc.perform(get(list).with(STAFF)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Anna Andersson"), containsString("Glutenfri"),
                        containsString("Hörslinga"), containsString("Föreningen Framtid"), containsString("2 deltagare"))));
        String csv = mvc.perform(get(list + "/export").param("format", "csv").with(STAFF)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Namn;Titel;Organisation;Kost;Tillgänglighet;Deltog", "Anna Andersson;Strateg;Föreningen Framtid;Glutenfri;Hörslinga",
                "'=Bertil Berg");
        byte[] xlsx = mvc.perform(get(list + "/export").param("format", "xlsx").with(STAFF)).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getFirstSheet().read()).hasSize(3);
        }

        mvc.perform(post(list).with(csrf()).with(STAFF).param("attended", Long.toString(cameSignUp.id())).param("attended", "999999999"))
                .andExpect(redirectedUrl(list)).andExpect(flash().attribute("message", containsString("1 av 2 deltog")));

        clock.set(occasion.endsAt().plusSeconds(60));
        assertThat(attendance.byOrganisation(null, occasion.date().getYear()))
                .filteredOn(row -> "Föreningen Framtid".equals(row.groupName()))
                .singleElement().satisfies(row -> {
                    assertThat(row.signedUp()).isGreaterThanOrEqualTo(2);
                    assertThat(row.attended()).isGreaterThanOrEqualTo(1);
                });
        // signed in after the occasion, or the session would have outlived its absolute timeout
        RequestPostProcessor staffLater = TestSignIn.as(new se.arena.identity.SignedInUser(909090, "handlaggare@example.org",
                "Handläggare", Set.of(Role.STAFF), Set.of(), clock.instant()));
        mvc.perform(get("/admin/aktiviteter/statistik").param("ar", Integer.toString(occasion.date().getYear())).with(staffLater))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Öppna aktiviteter (utan nätverk)"), containsString("Föreningen Framtid"))));
        assertThat(mvc.perform(get("/admin/aktiviteter/statistik/export").with(staffLater)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Organisation;Föreningen Framtid");
    }

    @Test
    void theStaffListFiltersAndExports() throws Exception {
        Activity seminar = new TestActivities(administration, catalogue, signUps).publicSeminar(10);
        mvc.perform(get("/admin/aktiviteter").param("q", seminar.title()).with(STAFF))
                .andExpect(content().string(allOf(containsString(seminar.title()), containsString("1 aktivitet"))));
        assertThat(mvc.perform(get("/admin/aktiviteter/export").param("q", seminar.title()).with(STAFF)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains(seminar.title() + ";Seminarium;På plats;Publicerad");
        mvc.perform(get("/admin/aktiviteter")).andExpect(status().is3xxRedirection());
    }

    private MockHttpServletRequestBuilder activityForm() {
        return post("/admin/aktiviteter/ny").with(csrf()).with(STAFF).param("description", "<p>Om idéburet offentligt partnerskap.</p>");
    }
}
