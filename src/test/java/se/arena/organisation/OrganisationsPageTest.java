package se.arena.organisation;

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
class OrganisationsPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void listsAllOrganisationsFiftyAtATime() throws Exception {
        mvc.perform(get("/organisationer"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("311 organisationer"),
                        containsString("Sida 1 av 7"),
                        containsString("Ale"))));
        mvc.perform(get("/organisationer").param("sida", "7"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Sida 7 av 7"), containsString("Övertorneå"))));
    }

    @Test
    void searchesByPartOfTheNameIgnoringCase() throws Exception {
        mvc.perform(get("/organisationer").param("q", "VÄS"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Upplands Väsby"),
                        containsString("Västerås"),
                        containsString("Region Västerbotten"),
                        not(containsString(">Ale<")))));
    }

    @Test
    void filtersByCountyAndType() throws Exception {
        mvc.perform(get("/organisationer").param("lan", "09").param("typ", "MUNICIPALITY"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("1 organisation<"),
                        containsString("Gotland"),
                        not(containsString("Region Gotland")))));
        mvc.perform(get("/organisationer").param("typ", "REGION"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("21 organisationer"), containsString("Saknas"))));
    }

    @Test
    void keepsWhatWasTypedAndExplainsAnEmptyResult() throws Exception {
        mvc.perform(get("/organisationer").param("q", "Ankeborg 100%"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("value=\"Ankeborg 100%\""),
                        containsString("Ingen organisation matchar din sökning"))));
    }

    @Test
    void nonsenseInTheAddressBarNeverBreaksThePage() throws Exception {
        mvc.perform(get("/organisationer").param("sida", "-4").param("lan", "xx").param("typ", "planet"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("311 organisationer")));
        mvc.perform(get("/organisationer").param("sida", "999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sida 7 av 7")));
    }
}
