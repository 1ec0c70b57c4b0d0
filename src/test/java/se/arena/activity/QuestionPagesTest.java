package se.arena.activity;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.arena.TestClock;
import se.arena.identity.Mailbox;
import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.web.TableExport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.arena.identity.TestSignIn.as;

/** Questions to the speaker: asked and seen by people with a place only, moderated by staff and the speaker. */
@SpringBootTest
@AutoConfigureMockMvc
class QuestionPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ActivityAdministration administration;

    @Autowired
    ActivityCatalogue catalogue;

    @Autowired
    SignUps signUps;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    private final SignedInUser staff = new SignedInUser(990301, "handlaggare-fragor@example.org", "Handläggare",
            Set.of(Role.STAFF), Set.of(), Instant.now());

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aParticipantAsksOnceEvenWhenSendingTwiceAndOnlyOthersWithAPlaceSeeTheQuestion() throws Exception {
        Activity seminar = activities().publicSeminar(2);
        Occasion occasion = activities().occasions(seminar).getFirst();
        SignUp asker = signUp(seminar, occasion);
        SignUp colleague = signUp(seminar, occasion);
        SignUp waiting = signUps.signUp(seminar, TestActivities.person(occasion, true)).signUp();
        String question = "Hur mäter ni effekten av samverkan? " + UUID.randomUUID();
        String key = UUID.randomUUID().toString().replace("-", "");

        mvc.perform(ask(seminar, asker, question, key)).andExpect(redirectedUrl("/aktiviteter/" + seminar.id() + "/fragor"));
        mvc.perform(ask(seminar, asker, question, key)).andExpect(redirectedUrl("/aktiviteter/" + seminar.id() + "/fragor"));
        assertThat(jdbc.sql("SELECT count(*) FROM activity_question WHERE question = :q").param("q", question)
                .query(Long.class).single()).isEqualTo(1);

        mvc.perform(get("/aktiviteter/" + seminar.id() + "/fragor").with(as(person(colleague))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(question), containsString(asker.name()))));
        assertThat(waiting.status()).isEqualTo(SignUpStatus.WAITLISTED);
        mvc.perform(get("/aktiviteter/" + seminar.id() + "/fragor").with(as(person(waiting))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString(question))));
        SignedInUser outsider = new SignedInUser(990302, "utomstaende@example.org", "Utomstående", Set.of(Role.PARTICIPANT),
                Set.of(), Instant.now());
        mvc.perform(get("/aktiviteter/" + seminar.id() + "/fragor").with(as(outsider)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString(question))));
        mvc.perform(post("/aktiviteter/" + seminar.id() + "/fragor").with(as(outsider)).with(csrf())
                        .param("question", "Smyger in en fråga").param("submissionKey", UUID.randomUUID().toString().replace("-", "")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/aktiviteter/" + seminar.id() + "/fragor")).andExpect(redirectedUrl("/logga-in"));
        mvc.perform(get("/aktiviteter/" + seminar.id())).andExpect(content().string(not(containsString(question))));
    }

    @Test
    void thePersonalLinkLeadsToTheSameQuestionsAndABlankQuestionIsExplained() throws Exception {
        Activity seminar = activities().publicSeminar(5);
        SignUp person = signUp(seminar, activities().occasions(seminar).getFirst());
        String link = new Mailbox(jdbc).latestTextTo(person.email()).orElseThrow().lines()
                .filter(line -> line.contains("/aktiviteter/min-anmalan/")).findFirst().orElseThrow()
                .strip().replaceFirst("https?://[^/]+", "");

        mvc.perform(get(link)).andExpect(content().string(containsString(link + "/fragor")));
        mvc.perform(post(link + "/fragor").with(csrf()).param("question", "   ")
                        .param("submissionKey", UUID.randomUUID().toString().replace("-", "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv din fråga.")));
        mvc.perform(post(link + "/fragor").with(csrf()).param("question", "Finns bilderna efteråt?")
                        .param("submissionKey", UUID.randomUUID().toString().replace("-", "")))
                .andExpect(redirectedUrl(link + "/fragor"));
        mvc.perform(get(link + "/fragor")).andExpect(content().string(containsString("Finns bilderna efteråt?")));
    }

    @Test
    void questionsAreTakenUntilAnHourAfterTheOccasionAndALateOneKeepsWhatWasTyped() throws Exception {
        Activity seminar = activities().publicSeminar(5);
        Occasion occasion = activities().occasions(seminar).getFirst();
        SignUp person = signUp(seminar, occasion);

        clock.set(occasion.endsAt().plus(Questions.WINDOW_AFTER).minusSeconds(60));
        mvc.perform(ask(seminar, person, "Precis i tid?", UUID.randomUUID().toString().replace("-", "")))
                .andExpect(redirectedUrl("/aktiviteter/" + seminar.id() + "/fragor"));
        clock.set(occasion.endsAt().plus(Questions.WINDOW_AFTER).plusSeconds(60));
        mvc.perform(ask(seminar, person, "För sent?", UUID.randomUUID().toString().replace("-", "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Tiden för frågor har gått ut"), containsString("För sent?"))));
        assertThat(jdbc.sql("SELECT count(*) FROM activity_question WHERE activity_id = :a").param("a", seminar.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void staffHideAQuestionAndTheSpeakerMarksAnotherAnsweredThroughTheirOwnLink() throws Exception {
        Activity seminar = activities().publicSeminar(5);
        Occasion occasion = activities().occasions(seminar).getFirst();
        SignUp person = signUp(seminar, occasion);
        mvc.perform(ask(seminar, person, "Olämplig fråga", UUID.randomUUID().toString().replace("-", "")));
        mvc.perform(ask(seminar, person, "Bra fråga", UUID.randomUUID().toString().replace("-", "")));
        long inappropriate = questionId(seminar, "Olämplig fråga");
        long good = questionId(seminar, "Bra fråga");
        String moderation = "/admin/aktiviteter/" + seminar.id() + "/fragor";

        mvc.perform(post(moderation).with(as(staff)).with(csrf()).param("question", Long.toString(inappropriate)).param("status", "HIDDEN"))
                .andExpect(redirectedUrl(moderation));
        mvc.perform(get("/aktiviteter/" + seminar.id() + "/fragor").with(as(person(person))))
                .andExpect(content().string(allOf(containsString("Bra fråga"), not(containsString("Olämplig fråga")))));

        String speakerLink = (String) mvc.perform(post(moderation + "/talarlank").with(as(staff)).with(csrf()))
                .andExpect(redirectedUrl(moderation)).andReturn().getFlashMap().get("speakerLink");
        String speakerPath = speakerLink.replaceFirst("https?://[^/]+", "");
        mvc.perform(get(speakerPath)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Bra fråga"), containsString("Olämplig fråga"))));
        // staff who open the speaker's link see the speaker's page, without staff's forms posting to routes that exist only under /admin
        mvc.perform(get(speakerPath).with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("talarlank"))));
        mvc.perform(post(speakerPath).with(csrf()).param("question", Long.toString(good)).param("status", "ANSWERED"))
                .andExpect(redirectedUrl(speakerPath));
        assertThat(jdbc.sql("SELECT status FROM activity_question WHERE id = :id").param("id", good).query(String.class).single())
                .isEqualTo("ANSWERED");

        Activity other = activities().publicSeminar(5);
        mvc.perform(post(speakerPath).with(csrf()).param("question", Long.toString(questionIdOf(other))).param("status", "HIDDEN"));
        mvc.perform(get(speakerPath.substring(0, speakerPath.length() - 4) + "xxxx")).andExpect(status().isNotFound());
        mvc.perform(post(moderation + "/talarlank").with(as(staff)).with(csrf()));
        mvc.perform(get(speakerPath)).andExpect(status().isGone())
                .andExpect(content().string(allOf(containsString("Länken fungerar inte längre"),
                        containsString("Be den som gav dig länken om en ny"))));
    }

    @Test
    void staffExportTheQuestionsInSwedishTimeAndNeitherParticipantsNorTheSpeakerCan() throws Exception {
        Activity seminar = activities().publicSeminar(5);
        SignUp person = signUp(seminar, activities().occasions(seminar).getFirst());
        String question = "Hur delar ni ansvaret? " + UUID.randomUUID();
        mvc.perform(ask(seminar, person, question, UUID.randomUUID().toString().replace("-", "")));
        // asked at 13:20 UTC in winter: 14:20 in Sweden
        jdbc.sql("UPDATE activity_question SET created_at = :at WHERE id = :id")
                .param("at", Timestamp.from(Instant.parse("2026-12-04T13:20:00Z"))).param("id", questionId(seminar, question)).update();
        String moderation = "/admin/aktiviteter/" + seminar.id() + "/fragor";
        String export = moderation + "/export";

        mvc.perform(get(moderation).with(as(staff)))
                .andExpect(content().string(allOf(containsString("href=\"" + export + "?format=xlsx\""),
                        containsString("href=\"" + export + "?format=csv\""))));
        String csv = mvc.perform(get(export).param("format", "csv").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", containsString("fragor-aktivitet-" + seminar.id() + "-")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\ufeffFråga;Från;Ställd;Status\r\n"
                + question + ";" + person.name() + ";2026-12-04T14:20:00+01:00;Obesvarad\r\n");
        byte[] xlsx = mvc.perform(get(export).param("format", "xlsx").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(TableExport.XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            assertThat(List.of(rows.get(0).getCellText(0), rows.get(0).getCellText(1), rows.get(0).getCellText(2),
                    rows.get(0).getCellText(3))).containsExactly("Fråga", "Från", "Ställd", "Status");
            assertThat(List.of(rows.get(1).getCellText(0), rows.get(1).getCellText(2)))
                    .containsExactly(question, "2026-12-04T14:20:00+01:00");
        }

        mvc.perform(get(export).param("format", "csv").with(as(person(person)))).andExpect(status().isForbidden());
        String speakerPath = ((String) mvc.perform(post(moderation + "/talarlank").with(as(staff)).with(csrf())).andReturn()
                .getFlashMap().get("speakerLink")).replaceFirst("https?://[^/]+", "");
        mvc.perform(get(speakerPath)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(question), not(containsString("format=csv")))));
        mvc.perform(get(speakerPath + "/export").param("format", "csv")).andExpect(status().isNotFound());
    }

    /** A question in another activity, which the first activity's speaker must not be able to touch. */
    private long questionIdOf(Activity activity) throws Exception {
        SignUp someone = signUp(activity, activities().occasions(activity).getFirst());
        mvc.perform(ask(activity, someone, "Annan aktivitets fråga", UUID.randomUUID().toString().replace("-", "")));
        long id = questionId(activity, "Annan aktivitets fråga");
        assertThat(jdbc.sql("SELECT status FROM activity_question WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("OPEN");
        return id;
    }

    private long questionId(Activity activity, String question) {
        return jdbc.sql("SELECT id FROM activity_question WHERE activity_id = :a AND question = :q")
                .param("a", activity.id()).param("q", question).query(Long.class).single();
    }

    private MockHttpServletRequestBuilder ask(Activity activity, SignUp signUp, String question, String key) {
        return post("/aktiviteter/" + activity.id() + "/fragor").with(as(person(signUp))).with(csrf())
                .param("question", question).param("submissionKey", key);
    }

    private SignUp signUp(Activity activity, Occasion occasion) {
        SignUp signUp = signUps.signUp(activity, TestActivities.person(occasion, false)).signUp();
        assertThat(signUp.isConfirmed()).isTrue();
        return signUp;
    }

    /** Signed in at the test clock's now, so that moving the clock does not end the session. */
    private SignedInUser person(SignUp signUp) {
        return new SignedInUser(990300, signUp.email(), signUp.name(), Set.of(Role.PARTICIPANT), Set.of(), clock.instant());
    }

    private TestActivities activities() {
        return new TestActivities(administration, catalogue, signUps);
    }
}
