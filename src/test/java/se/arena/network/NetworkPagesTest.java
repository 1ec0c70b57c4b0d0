package se.arena.network;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class NetworkPagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void catalogueListsTheSeedNetworksAndTheirDemoSuccessors() throws Exception {
        mvc.perform(get("/natverk"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Professionsnätverk för att utveckla samverkan med civilsamhället 2023–2026"),
                        containsString("2019–2022"),
                        containsString("2015–2018"),
                        containsString("2009–2010"),
                        containsString("2027–2030"),
                        containsString("900\u00a0kr per person och år"),
                        containsString("1\u00a0500\u00a0kr per person och år"),
                        containsString("1\u00a0200\u00a0kr per person och år"),
                        containsString("Kostnadsfritt"),
                        containsString("Demo"))));
    }

    @Test
    void catalogueFiltersByTargetGroupAndOpenForRegistration() throws Exception {
        mvc.perform(get("/natverk").param("malgrupp", "ELECTED_OFFICIALS"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("2019–2022"),
                        not(containsString("Professionsnätverk för att utveckla samverkan med civilsamhället 2023–2026")))));
        mvc.perform(get("/natverk").param("oppna", "ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("2027–2030"),
                        not(containsString("2015–2018")),
                        not(containsString("2009–2010")))));
    }

    @Test
    void unknownFilterValuesShowTheWholeCatalogueInsteadOfAnError() throws Exception {
        mvc.perform(get("/natverk").param("malgrupp", "<script>").param("tema", "finns inte"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Inga nätverk matchar ditt urval")));
        mvc.perform(get("/natverk").param("malgrupp", "nonsense"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2023–2026")));
    }

    @Test
    void networkPageIsLaidOutLikeTheInvitation() throws Exception {
        mvc.perform(get("/natverk/samverkan-civilsamhallet-2023-2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h2 id=\"rubrik-background\">Bakgrund</h2>"),
                        containsString(">Upplägg</h2>"),
                        containsString(">Mål</h2>"),
                        containsString(">Målgrupp</h2>"),
                        containsString(">Tidplan</h2>"),
                        containsString(">Kostnad</h2>"),
                        containsString(">Anmälan</h2>"),
                        containsString(">Kontakt</h2>"),
                        containsString("17 mars"),
                        containsString("Platsen kan överlåtas"),
                        containsString("15 februari 2023"),
                        containsString("@example.org"))));
    }

    @Test
    void demoPeriodIsPlainlyMarkedAndOpen() throws Exception {
        mvc.perform(get("/natverk/samverkan-civilsamhallet-2027-2030"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("badge--demo"),
                        containsString("Öppen för anmälan"),
                        containsString("påhittad"))));
    }

    @Test
    void unknownNetworkIsNotFound() throws Exception {
        mvc.perform(get("/natverk/finns-inte")).andExpect(status().isNotFound());
    }
}
