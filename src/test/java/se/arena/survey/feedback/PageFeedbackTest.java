package se.arena.survey.feedback;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.identity.TestSignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Hjälpte informationen på sidan dig?" without JavaScript: the plain forms, one vote per page and
 * session, the limit per client address, and staff's counts and handling of comments. Each test
 * votes on pages and from addresses of its own, as the limit and the counts are shared.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PageFeedbackTest {

    private static final String QUESTION = "Hjälpte informationen på sidan dig?";
    /** The widget itself; the staff start page names the question in its link to Sidfeedback. */
    private static final String WIDGET = "id=\"sidfeedback\"";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePublicPagesAskWithoutStartingASessionAndTheStaffAndParticipantPagesDoNot() throws Exception {
        MvcResult read = mvc.perform(get("/natverk").queryParam("sida", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(QUESTION), containsString("<form method=\"get\" action=\"/sidfeedback\""),
                        containsString("name=\"adress\" value=\"/natverk\""))))
                .andReturn();
        assertThat(read.getResponse().getCookie("SESSION")).as("a session for a visitor who only reads").isNull();
        mvc.perform(get("/organisationer")).andExpect(content().string(containsString("name=\"adress\" value=\"/organisationer\"")));
        mvc.perform(get("/admin").with(TestSignIn.as(staff())))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(WIDGET))));
        long participant = jdbc.sql("SELECT id FROM account WHERE email = 'deltagare.karlskoga@example.org'").query(Long.class).single();
        mvc.perform(get("/mina-sidor").with(TestSignIn.as(TestSignIn.user(participant, Role.PARTICIPANT, Set.of()))))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(WIDGET))));
        mvc.perform(get("/logga-in")).andExpect(status().isOk()).andExpect(content().string(not(containsString(WIDGET))));
    }

    @Test
    void aYesIsStoredAndThePageThanksInsteadOfAskingAgain() throws Exception {
        Visitor browser = new Visitor();
        long before = votes("/natverk", true);
        vote("/natverk", "ja", browser, address()).andExpect(redirectedUrl("/natverk#sidfeedback"));

        assertThat(votes("/natverk", true)).isEqualTo(before + 1);
        browser.send(get("/natverk"))
                .andExpect(content().string(allOf(containsString("Tack för ditt svar!"), not(containsString(QUESTION)))));
        // the thanks belongs to that page only
        browser.send(get("/aktiviteter")).andExpect(content().string(containsString(QUESTION)));
    }

    @Test
    void aNoAsksWhatWasMissingAndStoresTheCommentOnce() throws Exception {
        String page = page();
        Visitor browser = new Visitor();
        String address = address();
        browser.send(get("/sidfeedback").queryParam("adress", page).queryParam("svar", "nej"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Vad saknade du?"), containsString("name=\"_csrf\""),
                        containsString("Skriv inte personuppgifter, till exempel namn eller personnummer."))));
        assertThat(votes(page, false)).as("opening the answer stores nothing").isZero();

        String comment = "Datum för nästa träff <script>";
        vote(page, "nej", comment, browser, address).andExpect(redirectedUrl(page + "#sidfeedback"));
        assertThat(jdbc.sql("SELECT comment FROM page_feedback WHERE page = :page AND NOT helpful").param("page", page)
                .query(String.class).single()).isEqualTo(comment);

        // the same form sent again adds nothing, and the question is not asked again
        vote(page, "nej", comment, browser, address).andExpect(redirectedUrl(page + "#sidfeedback"));
        assertThat(votes(page, false)).isEqualTo(1);
        browser.send(get("/sidfeedback").queryParam("adress", page).queryParam("svar", "ja"))
                .andExpect(redirectedUrl(page + "#sidfeedback"));
    }

    @Test
    void anOverlongCommentIsRefusedAtTheFieldWithTheTextKept() throws Exception {
        String page = page();
        String overlong = "ö".repeat(10_001);
        vote(page, "nej", overlong, new Visitor(), address())
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"kommentar-fel\""), containsString("Skriv högst 1000 tecken här."),
                        containsString(overlong))));
        assertThat(votes(page, false)).isZero();
    }

    @Test
    void aSecondVoteOnThePageInTheSameSessionIsNotCounted() throws Exception {
        String page = page();
        Visitor browser = new Visitor();
        vote(page, "ja", browser, address());
        vote(page, "nej", browser, address()).andExpect(redirectedUrl(page + "#sidfeedback"));
        assertThat(votes(page, true) + votes(page, false)).isEqualTo(1);

        // another browser session may vote on the same page
        vote(page, "nej", new Visitor(), address());
        assertThat(votes(page, false)).isEqualTo(1);
    }

    @Test
    void theThirtyFirstVoteFromOneAddressInTenMinutesIsNotCounted() throws Exception {
        String address = address();
        String prefix = page();
        for (int count = 1; count <= PageFeedbacks.VOTES_PER_WINDOW; count++) {
            vote(prefix + "/" + count, "ja", new Visitor(), address).andExpect(status().is3xxRedirection());
        }
        vote(prefix + "/31", "ja", new Visitor(), address)
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Tack för ditt svar!")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM page_feedback WHERE page LIKE :prefix").param("prefix", prefix + "/%")
                .query(Long.class).single()).isEqualTo(30);
        // someone else is not held up by it
        vote(prefix + "/31", "ja", new Visitor(), address()).andExpect(redirectedUrl(prefix + "/31#sidfeedback"));
    }

    @Test
    void anAnswerForAPageThatIsNotPublicOrHoldsAPersonalLinkOrIsNoPathIsRefused() throws Exception {
        for (String address : new String[] {"/admin/natverk", "/mina-sidor", "/organisation/1",
                "/anmalan/hemlig-lank", "/natverk/nagot/anmalan/kvitto/hemlig-nyckel", "/aktiviteter/min-anmalan/hemlig-lank",
                "https://example.org/", "//example.org", "/natverk/<b>", "/natverk/../admin", "/" + "a".repeat(200)}) {
            mvc.perform(post("/sidfeedback").with(csrf()).with(from(address()))
                            .param("adress", address).param("svar", "ja"))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(post("/sidfeedback").with(csrf()).param("adress", "/natverk").param("svar", "kanske"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void staffSeeTheCountsAndShareOfYesPerPageAndMarkACommentHandled() throws Exception {
        String page = page();
        vote(page, "ja", new Visitor(), address());
        vote(page, "ja", "Ett ja tar ingen kommentar", new Visitor(), address());
        vote(page, "nej", "Jag saknade <em>priset</em>.", new Visitor(), address());
        String marker = page.substring(page.lastIndexOf('-') + 1);
        mvc.perform(get("/admin/sidfeedback").queryParam("q", marker).with(TestSignIn.as(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(page), containsString("66,7 %"), containsString("1 sida med svar"),
                        containsString("<td data-label=\"Svar\" class=\"number\">3</td>"),
                        containsString("<td data-label=\"Obehandlade kommentarer\" class=\"number\">1</td>"))));
        mvc.perform(get("/admin/sidfeedback/export").queryParam("q", marker).queryParam("format", "csv").with(TestSignIn.as(staff())))
                .andExpect(content().string(containsString(page + ";3;2;1;66,7 %;1")));

        long id = jdbc.sql("SELECT id FROM page_feedback WHERE page = :page AND comment IS NOT NULL").param("page", page)
                .query(Long.class).single();
        mvc.perform(get("/admin/sidfeedback/kommentarer").queryParam("adress", page).with(TestSignIn.as(staff())))
                .andExpect(content().string(allOf(containsString("Jag saknade &lt;em&gt;priset&lt;/em&gt;."), containsString("Markera som hanterad"))));
        mvc.perform(post("/admin/sidfeedback/kommentarer/" + id + "/hanterad").with(csrf()).with(TestSignIn.as(staff())))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'PAGE_FEEDBACK_HANDLED' AND subject_id = :id")
                .param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/admin/sidfeedback/kommentarer").queryParam("adress", page).with(TestSignIn.as(staff())))
                .andExpect(content().string(allOf(containsString("0 kommentarer"), not(containsString("priset")))));
        mvc.perform(get("/admin/sidfeedback/kommentarer").queryParam("adress", page).queryParam("visa", "hanterade").with(TestSignIn.as(staff())))
                .andExpect(content().string(allOf(containsString("priset"), containsString("Hanterad"), not(containsString("Markera som hanterad")))));
    }

    @Test
    void onlyStaffReachTheFeedback() throws Exception {
        mvc.perform(get("/admin/sidfeedback")).andExpect(redirectedUrl("/logga-in/personal"));
        mvc.perform(get("/admin/sidfeedback").with(TestSignIn.as(TestSignIn.user(990_703, Role.COORDINATOR, Set.of()))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/sidfeedback/kommentarer/1/hanterad").with(csrf())
                        .with(TestSignIn.as(TestSignIn.user(990_704, Role.PARTICIPANT, Set.of()))))
                .andExpect(status().isForbidden());
    }

    private ResultActions vote(String page, String answer, Visitor browser, String address) throws Exception {
        return vote(page, answer, "", browser, address);
    }

    private ResultActions vote(String page, String answer, String comment, Visitor browser, String address) throws Exception {
        return browser.send(post("/sidfeedback").with(csrf()).with(from(address))
                .param("adress", page).param("svar", answer).param("kommentar", comment));
    }

    /** One browser: keeps the session cookie the application sets, as the session lives in the database. */
    private class Visitor {

        private Cookie session;

        ResultActions send(MockHttpServletRequestBuilder request) throws Exception {
            if (session != null) {
                request.cookie(session);
            }
            ResultActions result = mvc.perform(request);
            Cookie set = result.andReturn().getResponse().getCookie("SESSION");
            if (set != null) {
                session = set;
            }
            return result;
        }
    }

    private long votes(String page, boolean helpful) {
        return jdbc.sql("SELECT COUNT(*) FROM page_feedback WHERE page = :page AND helpful = :helpful")
                .param("page", page).param("helpful", helpful).query(Long.class).single();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** A public address no other test votes on. */
    private static String page() {
        return "/natverk/sidfeedback-test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A documentation address (RFC 5737) no other test votes from. */
    private static String address() {
        int next = ADDRESSES.incrementAndGet();
        return "198.51." + (100 + next / 250) + "." + (1 + next % 250);
    }

    private static SignedInUser staff() {
        return TestSignIn.user(990_701, Role.STAFF, Set.of());
    }
}
