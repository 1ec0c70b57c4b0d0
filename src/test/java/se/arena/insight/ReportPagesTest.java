package se.arena.insight;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.identity.TestSignIn;
import se.arena.network.Network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.arena.identity.TestSignIn.as;

/** The three staff reports on real seats and invoices, on screen and as downloads. */
@SpringBootTest
@AutoConfigureMockMvc
class ReportPagesTest {

    private static final String NBSP = "\u00a0";

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportScenarios scenarios;

    private final SignedInUser staff = new SignedInUser(990601, "rapporter@example.org", "Handläggare", Set.of(Role.STAFF),
            Set.of(), Instant.now());

    private Network network;
    private String id;

    @BeforeEach
    void scenario() {
        network = scenarios.create();
        id = Long.toString(network.id());
    }

    @Test
    void theNetworksRevenueParticipantsAndDeparturesAreShownWithTheirDownloads() throws Exception {
        mvc.perform(get("/admin/rapporter?natverk=" + id).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<html lang=\"sv\">"),
                        containsString("<h1>Rapporter</h1>"),
                        containsString("Intäkter per nätverk och år"),
                        containsString("<caption class=\"visually-hidden\">Deltagare per nätverk och år</caption>"),
                        containsString(network.title()),
                        containsString("2" + NBSP + "133,33" + NBSP + "kr"),
                        containsString("2" + NBSP + "623,33" + NBSP + "kr"),
                        containsString("Anna Andersson (avböjd)"),
                        containsString("David Dahl (förfallen)"),
                        containsString("Ja, 1"),
                        containsString("href=\"/admin/rapporter/intakter/export?natverk=" + id + "&amp;format=csv\""),
                        containsString("href=\"/admin/rapporter/deltagare/export?natverk=" + id + "&amp;format=xlsx\""),
                        containsString("href=\"/admin/rapporter/avbojda/export?natverk=" + id + "&amp;format=csv\""))));
    }

    @Test
    void revenueIsExactToTheOreAndTheCreditedYearNetsToZero() throws Exception {
        assertThat(csv("intakter", "natverk", id)).containsExactly(
                "Nätverk;Deltagarår;Netto exkl. moms;Moms;Totalt;Fakturor;Kreditfakturor",
                network.title() + ";2027;2133,33;490,00;2623,33;2;0",
                network.title() + ";2028;0,00;0,00;0,00;1;1");
    }

    @Test
    void participantsPerYearCountConfirmedYearsAndOrganisationsByKind() throws Exception {
        assertThat(csv("deltagare", "natverk", id)).containsExactly(
                "Nätverk;År;Bekräftade deltagarår;Organisationer;Kommuner;Regioner;Avböjda;Förfallna",
                network.title() + ";2027;4;3;2;1;0;0",
                network.title() + ";2028;2;2;1;1;1;1",
                network.title() + ";2029;1;1;1;0;2;1",
                network.title() + ";2030;1;1;1;0;2;1");
    }

    @Test
    void departuresNameWhoseSeatsWentAndWhetherTheOrganisationStillTakesPart() throws Exception {
        assertThat(csv("avbojda", "natverk", id)).containsExactly(
                "Nätverk;År;Organisation;Typ;Avböjda;Förfallna;Vilka;Bekräftade platser kvar",
                network.title() + ";2028;Degerfors;Kommun;0;1;David Dahl (förfallen);0",
                network.title() + ";2028;Karlskoga;Kommun;1;0;Anna Andersson (avböjd);1",
                network.title() + ";2029;Degerfors;Kommun;0;1;David Dahl (förfallen);0",
                network.title() + ";2029;Karlskoga;Kommun;1;0;Anna Andersson (avböjd);1",
                network.title() + ";2029;Region Örebro län;Region;1;0;Cecilia Ceder (avböjd);0",
                network.title() + ";2030;Degerfors;Kommun;0;1;David Dahl (förfallen);0",
                network.title() + ";2030;Karlskoga;Kommun;1;0;Anna Andersson (avböjd);1",
                network.title() + ";2030;Region Örebro län;Region;1;0;Cecilia Ceder (avböjd);0");
    }

    @Test
    void theExcelDownloadHoldsTheSameRows() throws Exception {
        byte[] xlsx = mvc.perform(get("/admin/rapporter/avbojda/export").param("natverk", id).param("format", "xlsx").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("avbojda-och-forfallna-")))
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(1 + 8);
            assertThat(rows.get(2).getCellText(2)).isEqualTo("Karlskoga");
            assertThat(rows.get(5).getCellText(6)).isEqualTo("Cecilia Ceder (avböjd)");
        }
    }

    @Test
    void aRangeOfYearsNarrowsEveryReport() throws Exception {
        assertThat(csv("deltagare", "natverk", id, "fran", "2029", "till", "2030")).hasSize(3)
                .allSatisfy(row -> assertThat(row).doesNotContain(";2027;", ";2028;"));
        assertThat(csv("intakter", "natverk", id, "fran", "2028")).containsExactly(
                "Nätverk;Deltagarår;Netto exkl. moms;Moms;Totalt;Fakturor;Kreditfakturor",
                network.title() + ";2028;0,00;0,00;0,00;1;1");
        assertThat(csv("avbojda", "natverk", id, "till", "2028")).hasSize(1 + 2)
                .noneMatch(row -> row.contains("Cecilia Ceder"));
        mvc.perform(get("/admin/rapporter").param("natverk", id).param("fran", "2029").param("till", "2029").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Inga fakturor är utfärdade för urvalet."),
                        containsString("Cecilia Ceder (avböjd)"),
                        containsString("<td data-label=\"År\">2029</td>"),
                        not(containsString("<td data-label=\"År\">2028</td>")),
                        not(containsString("<td data-label=\"År\">2030</td>")),
                        containsString("<option value=\"2029\" selected=\"selected\">2029</option>"))));
    }

    @Test
    void allNetworksTogetherIncludeThisOne() throws Exception {
        assertThat(csv("deltagare", "fran", "2027", "till", "2027")).contains(network.title() + ";2027;4;3;2;1;0;0");
        assertThat(csv("intakter")).contains(network.title() + ";2027;2133,33;490,00;2623,33;2;0");
    }

    @Test
    void aNetworkWithNothingYetSaysSoForEachReport() throws Exception {
        Network empty = scenarios.emptyNetwork();
        mvc.perform(get("/admin/rapporter").param("natverk", Long.toString(empty.id())).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Inga fakturor är utfärdade för urvalet."),
                        containsString("Inga platser finns för urvalet."),
                        containsString("Ingen organisation har avböjt eller låtit en plats förfalla i urvalet."),
                        not(containsString("<table")))));
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsExplainedNextToTheFieldAndKeepsTheChoices() throws Exception {
        mvc.perform(get("/admin/rapporter").param("natverk", id).param("fran", "2030").param("till", "2027").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"till-fel\""),
                        containsString("Till och med år kan inte vara före från och med år (2030)."),
                        containsString("aria-describedby=\"till-fel\""),
                        containsString("<option value=\"2030\" selected=\"selected\">2030</option>"),
                        containsString("<option value=\"2027\" selected=\"selected\">2027</option>"),
                        containsString("Rapporterna kan inte visas för det här urvalet"),
                        not(containsString("<table")))));
        mvc.perform(get("/admin/rapporter").param("fran", "tjugohundra").param("natverk", "alla").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"fran-fel\""), containsString("Välj ett år i listan."),
                        containsString("Välj ett nätverk i listan."))));
        mvc.perform(get("/admin/rapporter/intakter/export").param("natverk", id).param("fran", "2030").param("till", "2027")
                        .param("format", "csv").with(as(staff)))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/admin/rapporter?natverk=" + id + "&fran=2030&till=2027"));
    }

    @Test
    void aYearOutsideEveryNetworksPeriodStaysChosenInTheForm() throws Exception {
        mvc.perform(get("/admin/rapporter").param("natverk", id).param("fran", "2099").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<option value=\"2099\" selected=\"selected\">2099</option>"),
                        containsString("Inga platser finns för urvalet."))));
    }

    @Test
    void anUnknownReportIsNotFound() throws Exception {
        mvc.perform(get("/admin/rapporter/okand/export").with(as(staff))).andExpect(status().isNotFound());
    }

    @Test
    void onlyStaffSeeTheReports() throws Exception {
        for (MockHttpServletRequestBuilder request : List.of(get("/admin/rapporter"), get("/admin/rapporter/avbojda/export"))) {
            mvc.perform(request.with(as(TestSignIn.user(44, Role.COORDINATOR, Set.of(1L))))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/rapporter/intakter/export").with(as(TestSignIn.user(45, Role.PARTICIPANT, Set.of()))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/rapporter").with(anonymous())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/rapporter/deltagare/export").with(anonymous())).andExpect(status().is3xxRedirection());
    }

    @Test
    void theStaffStartPageLinksToTheReports() throws Exception {
        mvc.perform(get("/admin").with(as(staff)))
                .andExpect(content().string(containsString("href=\"/admin/rapporter\"")));
    }

    /** A report's CSV download as lines, without the byte order mark. */
    private List<String> csv(String report, String... params) throws Exception {
        MockHttpServletRequestBuilder request = get("/admin/rapporter/" + report + "/export").param("format", "csv").with(as(staff));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        byte[] body = mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\ufeff");
        return text.substring(1).lines().toList();
    }
}
