package se.arena.network;

import java.time.Instant;
import java.util.Set;
import java.time.MonthDay;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.arena.identity.Role;
import se.arena.identity.SignedInUser;

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

@SpringBootTest
@AutoConfigureMockMvc
class NetworkAdminPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NetworkCatalogue catalogue;

    private final SignedInUser staff = new SignedInUser(990001, "handlaggare@example.org", "Handläggare",
            Set.of(Role.STAFF), Set.of(), Instant.now());

    @Test
    void onlyStaffReachTheNetworkAdministration() throws Exception {
        mvc.perform(get("/admin/natverk")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/natverk").with(as(new SignedInUser(990002, "k@example.org", "K", Set.of(Role.COORDINATOR),
                Set.of(1L), Instant.now())))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/natverk").with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Professionsnätverk för att utveckla samverkan med civilsamhället 2023–2026")));
    }

    @Test
    void newNetworkIsADraftUntilPublishedAndEveryStepIsAudited() throws Exception {
        String title = "Nätverk för sakråd " + UUID.randomUUID().toString().substring(0, 6);
        String slug = NetworkForm.slugFrom(title);
        String location = mvc.perform(valid(post("/admin/natverk/nytt"), title))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(get("/natverk/" + slug)).andExpect(status().isNotFound());
        mvc.perform(get("/natverk")).andExpect(content().string(not(containsString(title))));
        mvc.perform(get("/admin/natverk/" + id + "/forhandsgranskning").with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Förhandsgranskning"), containsString("Sakråd prövas"),
                        containsString("1\u00a0250,50\u00a0kr per person och år"), not(containsString("alert(1)")))));

        mvc.perform(post("/admin/natverk/" + id + "/status").with(as(staff)).with(csrf()).param("fran", "DRAFT").param("till", "OPEN"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/natverk/" + slug)).andExpect(status().isOk()).andExpect(content().string(containsString(title)));
        mvc.perform(get("/natverk").param("oppna", "ja")).andExpect(content().string(containsString(title)));

        // a second click on the same button, from the page that still says "Utkast", changes nothing
        mvc.perform(post("/admin/natverk/" + id + "/status").with(as(staff)).with(csrf()).param("fran", "DRAFT").param("till", "OPEN"))
                .andExpect(status().is3xxRedirection());
        assertThat(audited("NETWORK_CREATED", id)).isEqualTo(1);
        assertThat(audited("NETWORK_STATUS_CHANGED", id)).isEqualTo(1);
    }

    @Test
    void membershipRulesAreSavedAndShownAgainAndDefaultWhenLeftOut() throws Exception {
        String location = mvc.perform(valid(post("/admin/natverk/nytt"), "Nätverk med regler " + UUID.randomUUID())
                        .param("leavingFee", "CURRENT_YEAR_RELEASED").param("unansweredSeats", "LAPSE")
                        .param("renewalOpensOn", "11-01").param("renewalAnswerDays", "21").param("renewalReminderDays", "7"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(catalogue.find(id).orElseThrow().membership()).isEqualTo(new MembershipRules(
                MembershipRules.LeavingFee.CURRENT_YEAR_RELEASED, MembershipRules.UnansweredSeats.LAPSE, MonthDay.of(11, 1), 21, 7));
        mvc.perform(get("/admin/natverk/" + id).with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"11-01\""), containsString("value=\"21\""))));

        String defaults = mvc.perform(valid(post("/admin/natverk/nytt"), "Nätverk utan regler " + UUID.randomUUID()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(catalogue.find(Long.parseLong(defaults.substring(defaults.lastIndexOf('/') + 1))).orElseThrow().membership())
                .isEqualTo(MembershipRules.DEFAULT);
    }

    @Test
    void thePhaseQuestionIsOffUnlessTickedAndCanBeTurnedOnAndOffAgain() throws Exception {
        String title = "Nätverk med fas " + UUID.randomUUID();
        String location = mvc.perform(valid(post("/admin/natverk/nytt"), title))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(catalogue.find(id).orElseThrow().asksPhase()).isFalse();
        assertThat(editPage(id)).contains("Fråga om fas vid anmälan").doesNotContainPattern(ASKS_PHASE_TICKED);

        mvc.perform(valid(post("/admin/natverk/" + id), title).param("asksPhase", "on")).andExpect(status().is3xxRedirection());
        assertThat(catalogue.find(id).orElseThrow().asksPhase()).isTrue();
        assertThat(editPage(id)).containsPattern(ASKS_PHASE_TICKED);

        mvc.perform(valid(post("/admin/natverk/" + id), title)).andExpect(status().is3xxRedirection());
        assertThat(catalogue.find(id).orElseThrow().asksPhase()).isFalse();
    }

    @Test
    void invalidFormIsExplainedFieldByFieldAndKeepsEverythingTyped() throws Exception {
        mvc.perform(post("/admin/natverk/nytt").with(as(staff)).with(csrf())
                        .param("title", "Halvfärdigt nätverk").param("theme", "").param("targetGroup", "BOTH")
                        .param("firstYear", "2030").param("lastYear", "2027").param("feeKronor", "nio hundra")
                        .param("vatPercent", "25").param("seatsPerOrganisation", "0").param("registrationDeadline", "15 februari")
                        .param("summary", "").param("section_BACKGROUND", "<p>Min text</p>")
                        .param("contactName0", "Karin").param("contactEmail0", "inte-epost")
                        .param("renewalOpensOn", "31-11").param("renewalAnswerDays", "0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("Skriv ett tema"),
                        containsString("Sista året kan inte ligga före det första"),
                        containsString("Skriv avgiften i kronor"),
                        containsString("heltal från 1"),
                        containsString("Skriv sista anmälningsdag som ÅÅÅÅ-MM-DD"),
                        containsString("Välj om nätverket är öppet för kommuner, regioner eller båda"),
                        containsString("Skriv en kort sammanfattning"),
                        containsString("Skriv kontaktpersonens e-postadress"),
                        containsString("Skriv dagen som MM-DD"),
                        containsString("Skriv svarstiden som ett antal dagar"),
                        containsString("value=\"31-11\""),
                        containsString("value=\"Halvfärdigt nätverk\""),
                        containsString("value=\"nio hundra\""),
                        containsString("value=\"15 februari\""),
                        containsString("&lt;p&gt;Min text&lt;/p&gt;"),
                        containsString("value=\"inte-epost\""))));
    }

    @Test
    void slugMustBeUnique() throws Exception {
        mvc.perform(valid(post("/admin/natverk/nytt"), "Ett nytt nätverk").param("slug", "samverkan-civilsamhallet-2023-2026"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Det finns redan ett nätverk med adressnamnet")));
    }

    @Test
    void listCanBeFilteredAndExported() throws Exception {
        mvc.perform(get("/admin/natverk").param("status", "FINISHED").with(as(staff)))
                .andExpect(content().string(allOf(containsString("2019–2022"), not(containsString("2027–2030")))));
        mvc.perform(get("/admin/natverk/export").param("format", "csv").param("status", "OPEN").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2027–2030"), not(containsString("2015–2018")))));
    }

    @Test
    void unknownNetworkAndNonsenseIdsAreNotFound() throws Exception {
        mvc.perform(get("/admin/natverk/99999999").with(as(staff))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/natverk/99999999/status").with(as(staff)).with(csrf()).param("fran", "DRAFT").param("till", "OPEN"))
                .andExpect(status().isNotFound());
    }

    private static final String ASKS_PHASE_TICKED = "<input type=\"checkbox\" id=\"asksPhase\"[^>]*checked";

    private String editPage(long id) throws Exception {
        return mvc.perform(get("/admin/natverk/" + id).with(as(staff))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

        private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String title) {
        return request.with(as(staff)).with(csrf())
                .param("title", title).param("theme", "Sakråd").param("targetGroup", "CIVIL_SERVANTS")
                .param("firstYear", "2027").param("lastYear", "2028").param("feeKronor", "1 250,50").param("vatPercent", "25")
                .param("seatsPerOrganisation", "2").param("registrationDeadline", "2027-01-31")
                .param("admitsMunicipalities", "on").param("summary", "Ett nätverk där sakråd prövas.")
                .param("section_BACKGROUND", "<p>Sakråd prövas.</p><script>alert(1)</script>")
                .param("contactName0", "Karin Ekholm").param("contactEmail0", "karin.ekholm@example.org");
    }

    private long audited(String action, long id) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = :action AND subject_id = :id")
                .param("action", action).param("id", Long.toString(id)).query(Long.class).single();
    }
}
