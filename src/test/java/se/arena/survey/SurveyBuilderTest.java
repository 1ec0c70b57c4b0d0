package se.arena.survey;

import java.time.Instant;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.arena.identity.TestSignIn.as;

/** Staff build a survey through the builder's pages, and its rules refuse what a respondent could not answer. */
@SpringBootTest
@AutoConfigureMockMvc
class SurveyBuilderTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SurveyBuilder builder;

    private final SignedInUser staff = new SignedInUser(990_961, "handlaggare-enkater@example.org", "Enya Enkät",
            Set.of(Role.STAFF), Set.of(), Instant.now());

    @Test
    void staffBuildASurveyWithAConditionalQuestionAndSeeItInThePreviewAndTheList() throws Exception {
        String title = "Kartläggning " + UUID.randomUUID();
        String key = key();
        long id = create(title, key);
        mvc.perform(newSurvey(title, key)).andExpect(redirectedUrl("/admin/enkater/" + id));
        assertThat(jdbc.sql("SELECT count(*) FROM survey WHERE title = :title").param("title", title).query(Long.class).single())
                .as("a double submit makes one survey").isEqualTo(1);

        long section = addSection(id, "Om er organisation");
        addQuestion(id, section, "SINGLE_CHOICE", "Har ni en överenskommelse?", "Ja\nNej", "").andExpect(status().is3xxRedirection());
        long yes = option(id, "Ja");
        addQuestion(id, section, "FREE_TEXT", "Beskriv överenskommelsen.", "", Long.toString(yes)).andExpect(status().is3xxRedirection());
        mvc.perform(question(id, section, "SCALE", "Hur väl fungerar samverkan?", "", "").param("scaleLow", "Dåligt").param("scaleHigh", "Bra"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/admin/enkater/" + id + "/forhandsgranska").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Har ni en överenskommelse?"), containsString("1 Dåligt"),
                        containsString("5 Bra"), containsString("Vet ej"),
                        containsString("Visas om ”Ja” är valt på frågan ”Har ni en överenskommelse?”."))));
        mvc.perform(details(id, title, "2099-02-28")).andExpect(flash().attribute("message", "Uppgifterna är sparade."));
        mvc.perform(details(id, title, "2001-02-28")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Datumet har redan varit."), containsString("2001-02-28"))));
        mvc.perform(get("/admin/enkater/" + id + "/uppgifter").with(as(staff)))
                .andExpect(content().string(containsString("value=\"2099-02-28\"")));
        mvc.perform(get("/admin/enkater").param("status", "DRAFT").with(as(staff)))
                .andExpect(content().string(allOf(containsString(title), containsString("2099-02-28"))));
        mvc.perform(get("/admin/enkater/export").param("status", "DRAFT").param("format", "csv").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)));
    }

    @Test
    void theBuilderRefusesQuestionsARespondentCouldNotAnswerWithSwedishMessages() throws Exception {
        long id = create("Regler " + UUID.randomUUID(), key());
        long section = addSection(id, "Avsnitt");
        addQuestion(id, section, "SINGLE_CHOICE", "Bara ett alternativ?", "Ja", "")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("minst två svarsalternativ"), containsString("Bara ett alternativ?"))));
        addQuestion(id, section, "SCALE", "Skala utan texter", "", "")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("En skalfråga behöver en text för 1 och en för 5")));
        addQuestion(id, section, "FREE_TEXT", "x".repeat(10_001), "", "")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv högst 500 tecken här.")));
        mvc.perform(question(id, section, "FREE_TEXT", "Fråga", "", "").param("help", "y".repeat(10_001)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv högst 500 tecken här.")));
        mvc.perform(post("/admin/enkater/ny").param("title", "t".repeat(10_001)).param("intro", "i".repeat(10_001))
                        .param("audience", "PERSON").param("submissionKey", key()).with(as(staff)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Skriv högst 200 tecken här."), containsString("Skriv högst 4000 tecken här."))));
        assertThat(jdbc.sql("SELECT count(*) FROM survey_question WHERE survey_id = :id").param("id", id).query(Long.class).single())
                .isZero();
    }

    @Test
    void aConditionNamesOnlyAnOptionOfAnEarlierChoiceQuestion() throws Exception {
        long id = create("Villkor " + UUID.randomUUID(), key());
        long first = addSection(id, "Först");
        long second = addSection(id, "Sedan");
        addQuestion(id, first, "FREE_TEXT", "Fritext först", "", "").andExpect(status().is3xxRedirection());
        addQuestion(id, second, "MULTIPLE_CHOICE", "Senare val", "A\nB", "").andExpect(status().is3xxRedirection());
        long later = option(id, "A");

        // an option of a question that comes after
        addQuestion(id, first, "NUMBER", "Tal i första avsnittet", "", Long.toString(later))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Villkoret måste gälla ett svarsalternativ i en tidigare fråga")));
        // the same option is fine for a question after it
        addQuestion(id, second, "NUMBER", "Tal efter valet", "", Long.toString(later)).andExpect(status().is3xxRedirection());

        // the free-text question has no options, so nothing of it can be a condition; nor can an unknown id
        Question freeText = new Question(1, first, 1, QuestionKind.FREE_TEXT, "Fritext", "", false, false, null, null, null, null,
                null, null, List.of());
        Question conditional = new Question(2, first, 2, QuestionKind.FREE_TEXT, "Följd", "", false, false, null, null, null, null,
                1L, 99L, List.of());
        assertThat(conditional.validate(List.of(freeText)).asMap()).containsKey("condition");

        // moving the conditioned question above its source is refused, and so is removing the source
        SurveyContent content = builder.content(id).orElseThrow();
        long dependent = content.questions().getLast().id();
        long source = content.questions().get(1).id();
        mvc.perform(post("/admin/enkater/" + id + "/fragor/" + dependent + "/flytta").param("riktning", "upp").with(as(staff)).with(csrf()))
                .andExpect(flash().attribute("refusal", containsString("ett villkor måste gälla en fråga som kommer före")));
        mvc.perform(post("/admin/enkater/" + id + "/avsnitt/" + second + "/flytta").param("riktning", "upp").with(as(staff)).with(csrf()))
                .andExpect(flash().attribute("message", "Avsnittet är flyttat."));
        mvc.perform(post("/admin/enkater/" + id + "/fragor/" + source + "/ta-bort").with(as(staff)).with(csrf()))
                .andExpect(flash().attribute("refusal", containsString("villkor för en senare fråga")));
        // editing the source so that the chosen option goes is refused too
        mvc.perform(post("/admin/enkater/" + id + "/fragor/" + source).param("section", Long.toString(second)).param("kind", "FREE_TEXT")
                        .param("text", "Nu fritext").with(as(staff)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Ett svarsalternativ som tas bort är villkor för en senare fråga")));
    }

    @Test
    void theRulesOfAQuestionStandOnTheirOwn() {
        Question oneOption = new Question(0, 1, 1, QuestionKind.SINGLE_CHOICE, "Fråga", "", true, false, null, null, null, null,
                null, null, List.of(new SurveyOption(0, 1, "Ja")));
        assertThat(oneOption.validate(List.of()).asMap()).containsKey("options");
        Question scale = new Question(0, 1, 1, QuestionKind.SCALE, "Fråga", "", true, false, "Lågt", " ", null, null, null, null, List.of());
        assertThat(scale.validate(List.of()).asMap()).containsKey("scaleHigh");
        Question number = new Question(0, 1, 1, QuestionKind.NUMBER, "Fråga", "", true, false, null, null, 10, 5, null, null, List.of());
        assertThat(number.validate(List.of()).asMap()).containsKey("numberMax");
        Question textWithOptions = new Question(0, 1, 1, QuestionKind.FREE_TEXT, "Fråga", "", true, false, null, null, null, null, null,
                null, List.of(new SurveyOption(0, 1, "A")));
        assertThat(textWithOptions.validate(List.of()).asMap()).containsKey("options");
    }

    @Test
    void aCopyHasEverySectionQuestionAndOptionWithItsConditionPointingIntoTheCopy() throws Exception {
        String title = "Original " + UUID.randomUUID();
        long id = create(title, key());
        long section = addSection(id, "Avsnitt");
        addQuestion(id, section, "SINGLE_CHOICE", "Val", "Ja\nNej", "").andExpect(status().is3xxRedirection());
        addQuestion(id, section, "FREE_TEXT", "Följdfråga", "", Long.toString(option(id, "Nej"))).andExpect(status().is3xxRedirection());
        addSection(id, "Tomt avsnitt");

        String copyKey = key();
        String location = mvc.perform(post("/admin/enkater/" + id + "/kopiera").param("submissionKey", copyKey).with(as(staff)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post("/admin/enkater/" + id + "/kopiera").param("submissionKey", copyKey).with(as(staff)).with(csrf()))
                .andExpect(redirectedUrl(location));
        long copy = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        SurveyContent original = builder.content(id).orElseThrow();
        SurveyContent copied = builder.content(copy).orElseThrow();
        assertThat(copied.survey().title()).isEqualTo("Kopia av " + title);
        assertThat(copied.survey().status()).isEqualTo(Survey.Status.DRAFT);
        assertThat(copied.sections()).extracting(Section::title).containsExactly("Avsnitt", "Tomt avsnitt");
        assertThat(copied.questions()).extracting(Question::text).containsExactly("Val", "Följdfråga");
        assertThat(copied.questions().getFirst().options()).extracting(SurveyOption::label).containsExactly("Ja", "Nej");
        Question follow = copied.questions().getLast();
        assertThat(follow.conditionQuestionId()).isEqualTo(copied.questions().getFirst().id());
        assertThat(follow.conditionOptionId()).isEqualTo(copied.questions().getFirst().options().getLast().id())
                .isNotEqualTo(original.questions().getLast().conditionOptionId());
    }

    @Test
    void aSurveyOpensOnlyWithQuestionsAndThenNoLongerChanges() throws Exception {
        long id = create("Öppna " + UUID.randomUUID(), key());
        mvc.perform(post("/admin/enkater/" + id + "/oppna").with(as(staff)).with(csrf()))
                .andExpect(flash().attribute("refusal", containsString("Enkäten har inga frågor")));
        long section = addSection(id, "Avsnitt");
        addQuestion(id, section, "FREE_TEXT", "Fråga", "", "").andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/enkater/" + id + "/oppna").with(as(staff)).with(csrf()))
                .andExpect(flash().attribute("message", "Enkäten är öppnad för svar."));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'SURVEY_OPENED' AND subject_id = :id").param("id", Long.toString(id))
                .query(Long.class).single()).isEqualTo(1);
        addQuestion(id, section, "FREE_TEXT", "En till", "", "")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("inte längre ett utkast")));
        mvc.perform(get("/admin/enkater/" + id).with(as(staff)))
                .andExpect(content().string(allOf(containsString("Stäng enkäten"), not(containsString("Lägg till en fråga")))));
        mvc.perform(details(id, "Nytt namn", "2099-01-31"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("inte längre ett utkast")));
        mvc.perform(post("/admin/enkater/" + id + "/stang").with(as(staff)).with(csrf()))
                .andExpect(flash().attribute("message", "Enkäten är stängd."));
    }

    @Test
    void onlyStaffReachTheBuilder() throws Exception {
        long id = create("Personal " + UUID.randomUUID(), key());
        mvc.perform(get("/admin/enkater/" + id)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/logga-in/personal"));
        SignedInUser participant = new SignedInUser(990_962, "deltagare-enkater@example.org", "Dag Deltagare", Set.of(Role.PARTICIPANT),
                Set.of(), Instant.now());
        mvc.perform(get("/admin/enkater/" + id).with(as(participant))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/enkater/" + id + "/oppna").with(as(participant)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/enkater/" + id + "/fragor/999999999").with(as(staff))).andExpect(status().isNotFound());
    }

    private long create(String title, String key) throws Exception {
        String location = mvc.perform(newSurvey(title, key)).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private MockHttpServletRequestBuilder newSurvey(String title, String key) {
        return post("/admin/enkater/ny").param("title", title).param("intro", "Inledning").param("audience", "ORGANISATION")
                .param("closesOn", "2099-03-31").param("submissionKey", key).with(as(staff)).with(csrf());
    }

    private MockHttpServletRequestBuilder details(long id, String title, String closesOn) {
        return post("/admin/enkater/" + id + "/uppgifter").param("title", title).param("intro", "").param("audience", "PERSON")
                .param("closesOn", closesOn).param("submissionKey", key()).with(as(staff)).with(csrf());
    }

    private long addSection(long id, String title) throws Exception {
        mvc.perform(post("/admin/enkater/" + id + "/avsnitt").param("sectionTitle", title).param("submissionKey", key())
                .with(as(staff)).with(csrf())).andExpect(status().is3xxRedirection());
        return builder.content(id).orElseThrow().sections().getLast().id();
    }

    private org.springframework.test.web.servlet.ResultActions addQuestion(long id, long section, String kind, String text, String options,
                                                                           String condition) throws Exception {
        return mvc.perform(question(id, section, kind, text, options, condition));
    }

    private MockHttpServletRequestBuilder question(long id, long section, String kind, String text, String options, String condition) {
        return post("/admin/enkater/" + id + "/fragor/ny").param("section", Long.toString(section)).param("kind", kind).param("text", text)
                .param("options", options).param("condition", condition).param("dontKnow", "ja").param("submissionKey", key())
                .with(as(staff)).with(csrf());
    }

    private long option(long surveyId, String label) {
        return builder.content(surveyId).orElseThrow().questions().stream().flatMap(question -> question.options().stream())
                .filter(option -> option.label().equals(label)).findFirst().orElseThrow().id();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
