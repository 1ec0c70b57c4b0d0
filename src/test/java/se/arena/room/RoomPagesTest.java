package se.arena.room;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import se.arena.TestClock;
import se.arena.identity.Mailbox;
import se.arena.identity.SignedInUser;
import se.arena.registration.Registrations;
import se.arena.registration.TestSeats;

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

/** Threads and posts as members write and read them, and the e-mail each member chose. */
@SpringBootTest
@AutoConfigureMockMvc
class RoomPagesTest {

    @Autowired
    RoomScenarios scenarios;

    @Autowired
    MockMvc mvc;

    @Autowired
    Registrations registrations;

    @Autowired
    RoomMail mail;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    private RoomScenario scenario;
    private Mailbox mailbox;

    @BeforeEach
    void room() {
        scenario = scenarios.create();
        mailbox = new Mailbox(jdbc);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aDoubleSubmitStartsOneThreadAndPostsOneReplyAndTheTextIsShownAsPlainTextWithLinks() throws Exception {
        String key = RoomScenario.key();
        String body = "Se <script>alert(1)</script> och https://example.org/iop?a=1&b=2.";
        String first = startThread(scenario.holder(), "Överenskommelser om IOP", body, key).andReturn().getResponse().getRedirectedUrl();
        String second = startThread(scenario.holder(), "Överenskommelser om IOP", body, key).andReturn().getResponse().getRedirectedUrl();
        assertThat(second).isEqualTo(first).matches("/rum/\\d+/tradar/\\d+");
        assertThat(count("SELECT count(*) FROM room_thread WHERE network_id = :n")).isEqualTo(1);

        String replyKey = RoomScenario.key();
        reply(scenario.colleague(), first, "Vi har ett avtal sedan 2021.", replyKey);
        reply(scenario.colleague(), first, "Vi har ett avtal sedan 2021.", replyKey);
        assertThat(count("SELECT count(*) FROM room_post WHERE network_id = :n")).isEqualTo(2);

        mvc.perform(get(first).with(as(scenario.colleague())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"), not(containsString("<script>alert")),
                        containsString("<a href=\"https://example.org/iop?a&#61;1&amp;b&#61;2\" rel=\"nofollow\">"),
                        containsString("Vi har ett avtal sedan 2021."))));
    }

    @Test
    void aBlankOrOverlongPostIsRefusedWithWhatWasTypedKept() throws Exception {
        startThread(scenario.holder(), "", "Text utan rubrik", RoomScenario.key())
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Skriv en rubrik för tråden."), containsString("Text utan rubrik"))));
        String thread = threadOf(scenario.holder());
        reply(scenario.holder(), thread, "x".repeat(10_001), RoomScenario.key()).andExpect(status().isUnprocessableContent());
        reply(scenario.holder(), thread, "   ", RoomScenario.key())
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Skriv ett inlägg.")));
    }

    @Test
    void aMemberEditsTheirOwnPostForFifteenMinutesOnly() throws Exception {
        String thread = threadOf(scenario.holder());
        long post = lastPost();
        String edit = scenario.room() + "/inlagg/" + post + "/andra";
        mvc.perform(get(edit).with(as(scenario.colleague()))).andExpect(status().isNotFound());
        mvc.perform(post(edit).with(as(scenario.colleague())).with(csrf()).param("body", "Kapat").param("submissionKey", RoomScenario.key()))
                .andExpect(status().isNotFound());

        clock.set(clock.instant().plus(Duration.ofMinutes(14)));
        mvc.perform(post(edit).with(as(scenario.holder())).with(csrf()).param("body", "Rättat stavfel").param("submissionKey", RoomScenario.key()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(thread).with(as(scenario.colleague())))
                .andExpect(content().string(allOf(containsString("Rättat stavfel"), containsString("(ändrat)"))));

        clock.set(clock.instant().plus(Duration.ofMinutes(2)));
        mvc.perform(post(edit).with(as(scenario.holder())).with(csrf()).param("body", "För sent").param("submissionKey", RoomScenario.key()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Tiden för att ändra inlägget har gått ut.")));
        mvc.perform(get(thread).with(as(scenario.holder()))).andExpect(content().string(not(containsString("Ändra inlägget"))));
        assertThat(jdbc.sql("SELECT body FROM room_post WHERE id = :id").param("id", post).query(String.class).single())
                .isEqualTo("Rättat stavfel");
    }

    @Test
    void staffHideAPostWhichIsKeptAndAuditedAndMembersMayNotHide() throws Exception {
        String thread = threadOf(scenario.holder());
        long post = lastPost();
        String hide = scenario.room() + "/inlagg/" + post + "/dolj";
        mvc.perform(post(hide).with(as(scenario.colleague())).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(hide).with(as(scenario.staff())).with(csrf())).andExpect(status().is3xxRedirection());

        mvc.perform(get(thread).with(as(scenario.colleague())))
                .andExpect(content().string(allOf(containsString("Inlägget är dolt av moderator."), not(containsString("Första inlägget")))));
        assertThat(jdbc.sql("SELECT body FROM room_post WHERE id = :id AND hidden_at IS NOT NULL").param("id", post)
                .query(String.class).single()).isEqualTo("Första inlägget");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'ROOM_POST_HIDDEN' AND subject_id = :id")
                .param("id", Long.toString(post)).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get(scenario.room()).with(as(scenario.colleague()))).andExpect(content().string(not(containsString("Första inlägget"))));
    }

    @Test
    void aThreadIsUnreadUntilOpenedAndAgainWhenSomeoneReplies() throws Exception {
        String thread = threadOf(scenario.holder());
        String threads = scenario.room() + "/tradar";
        mvc.perform(get(threads).with(as(scenario.colleague()))).andExpect(content().string(containsString("Nytt")));
        mvc.perform(get(thread).with(as(scenario.colleague()))).andExpect(content().string(containsString("Nytt")));
        mvc.perform(get(threads).with(as(scenario.colleague()))).andExpect(content().string(not(containsString("Nytt"))));
        mvc.perform(get(threads).with(as(scenario.holder()))).andExpect(content().string(containsString("Nytt")));

        reply(scenario.holder(), thread, "Ett tillägg", RoomScenario.key());
        mvc.perform(get(threads).with(as(scenario.colleague()))).andExpect(content().string(containsString("Nytt")));
    }

    @Test
    void aMentionedMemberGetsAMailAndOthersKeepingTheDefaultGetNone() throws Exception {
        String colleagueName = jdbc.sql("SELECT name FROM registration WHERE email = :e").param("e", scenario.colleague().email())
                .query(String.class).single();
        threadOf(scenario.holder());
        long before = mailbox.countTo(scenario.colleague().email());
        long authorBefore = mailbox.countTo(scenario.holder().email());
        reply(scenario.holder(), threadOf(scenario.holder()), "Vad tycker du, @" + colleagueName.toUpperCase() + "?", RoomScenario.key());
        assertThat(mailbox.countTo(scenario.colleague().email())).isEqualTo(before + 1);
        assertThat(mailbox.latestTextTo(scenario.colleague().email()).orElseThrow())
                .contains("nämnde dig", "Vad tycker du", UNSUBSCRIBE);
        assertThat(mailbox.countTo(scenario.holder().email())).as("the author, keeping the digest").isEqualTo(authorBefore);
    }

    @Test
    void aMemberWhoChoosesEveryPostGetsEachAndNoneGetsNothingNotEvenAMention() throws Exception {
        long before = mailbox.countTo(scenario.colleague().email());
        mvc.perform(post(scenario.room() + "/installningar").with(as(scenario.colleague())).with(csrf()).param("choice", "EVERY_POST"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(scenario.room() + "/installningar").with(as(scenario.colleague())))
                .andExpect(content().string(containsString("value=\"EVERY_POST\" checked")));
        String thread = threadOf(scenario.holder());
        reply(scenario.holder(), thread, "Andra inlägget", RoomScenario.key());
        assertThat(mailbox.countTo(scenario.colleague().email())).isEqualTo(before + 2);
        assertThat(mailbox.latestTextTo(scenario.colleague().email()).orElseThrow()).contains("Andra inlägget", UNSUBSCRIBE);

        mvc.perform(post(scenario.room() + "/installningar").with(as(scenario.colleague())).with(csrf()).param("choice", "NONE"));
        String colleagueName = jdbc.sql("SELECT name FROM registration WHERE email = :e").param("e", scenario.colleague().email())
                .query(String.class).single();
        reply(scenario.holder(), thread, "@" + colleagueName + ", tredje inlägget", RoomScenario.key());
        assertThat(mailbox.countTo(scenario.colleague().email())).isEqualTo(before + 2);
        mvc.perform(post(scenario.room() + "/installningar").with(as(scenario.colleague())).with(csrf()).param("choice", "LOUD"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void theDailyDigestListsOthersPostsOnceAndTheUnsubscribeLinkAsksBeforeItTurnsMailOff() throws Exception {
        long authorBefore = mailbox.countTo(scenario.holder().email());
        long before = mailbox.countTo(scenario.colleague().email());
        threadOf(scenario.holder());
        mail.digestNewPosts();
        assertThat(mailbox.countTo(scenario.holder().email())).as("own posts only").isEqualTo(authorBefore);
        assertThat(mailbox.countTo(scenario.colleague().email())).isEqualTo(before + 1);
        String digest = mailbox.latestTextTo(scenario.colleague().email()).orElseThrow();
        assertThat(digest).contains("Samverkan i praktiken", "1 nytt inlägg");
        mail.digestNewPosts();
        assertThat(mailbox.countTo(scenario.colleague().email())).as("nothing new since").isEqualTo(before + 1);

        String link = mailbox.latestLinkPathTo(scenario.colleague().email(), RoomMail.UNSUBSCRIBE_PATH);
        mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("Ja, sluta skicka e-post")));
        assertThat(count("SELECT count(*) FROM room_notification WHERE network_id = :n")).as("a GET turns nothing off").isZero();
        // as a mail client's own button posts it (RFC 8058): no session, no form token
        mvc.perform(post(link).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Klart.")));
        assertThat(jdbc.sql("SELECT choice FROM room_notification WHERE network_id = :n AND email = :e")
                .param("n", scenario.network().id()).param("e", scenario.colleague().email()).query(String.class).single()).isEqualTo("NONE");

        reply(scenario.holder(), threadOf(scenario.holder()), "Ännu ett inlägg", RoomScenario.key());
        mail.digestNewPosts();
        assertThat(mailbox.countTo(scenario.colleague().email())).isEqualTo(before + 1);
        mvc.perform(get(RoomMail.UNSUBSCRIBE_PATH + "inte-en-riktig-lank")).andExpect(status().isNotFound());
    }

    @Test
    void aSubGroupsThreadIsInTheDigestOfItsMembersOnly() throws Exception {
        long group = scenario.subgroupOf(jdbc, scenario.colleague());
        long holderBefore = mailbox.countTo(scenario.holder().email());
        long colleagueBefore = mailbox.countTo(scenario.colleague().email());
        mvc.perform(post(scenario.room() + "/tradar").with(as(scenario.staff())).with(csrf()).param("grupp", Long.toString(group))
                .param("title", "Bara för gruppen").param("body", "Välkomna till gruppen").param("submissionKey", RoomScenario.key()))
                .andExpect(status().is3xxRedirection());
        mail.digestNewPosts();
        assertThat(mailbox.countTo(scenario.colleague().email())).isEqualTo(colleagueBefore + 1);
        assertThat(mailbox.latestTextTo(scenario.colleague().email()).orElseThrow()).contains("Bara för gruppen");
        assertThat(mailbox.countTo(scenario.holder().email())).as("not in the group").isEqualTo(holderBefore);
    }

    @Test
    void aMemberWithALongAddressGetsTheDigestAndTurnsItOffFromTheMail() throws Exception {
        String email = "anna-" + RoomScenario.key() + "@kommunledningsforvaltningen.karlskoga.example.org";
        new TestSeats(registrations).seat(scenario.network(), scenario.organisationId(), email, "Anna Långadress");
        threadOf(scenario.holder());
        mail.digestNewPosts();
        String link = mailbox.latestLinkPathTo(email, RoomMail.UNSUBSCRIBE_PATH);
        mvc.perform(post(link).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT choice FROM room_notification WHERE network_id = :n AND email = :e")
                .param("n", scenario.network().id()).param("e", email).query(String.class).single()).isEqualTo("NONE");
    }

    @Test
    void postingIsRateLimitedPerPerson() throws Exception {
        String thread = threadOf(scenario.holder());
        for (int i = 0; i < 9; i++) {
            reply(scenario.holder(), thread, "Inlägg " + i, RoomScenario.key()).andExpect(status().is3xxRedirection());
        }
        reply(scenario.holder(), thread, "Ett för mycket", RoomScenario.key())
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(allOf(containsString("Vänta några minuter"), containsString("Ett för mycket"))));
        reply(scenario.colleague(), thread, "Kollegan får skriva", RoomScenario.key()).andExpect(status().is3xxRedirection());
    }

    private static final String UNSUBSCRIBE = RoomMail.UNSUBSCRIBE_PATH;

    private ResultActions startThread(SignedInUser user, String title, String body, String key) throws Exception {
        return mvc.perform(post(scenario.room() + "/tradar").with(as(user)).with(csrf())
                .param("title", title).param("body", body).param("submissionKey", key));
    }

    private ResultActions reply(SignedInUser user, String thread, String body, String key) throws Exception {
        return mvc.perform(post(thread).with(as(user)).with(csrf()).param("body", body).param("submissionKey", key));
    }

    /** The room's one thread, started by the user the first time. */
    private String threadOf(SignedInUser user) throws Exception {
        return jdbc.sql("SELECT id FROM room_thread WHERE network_id = :n").param("n", scenario.network().id()).query(Long.class).optional()
                .map(id -> scenario.room() + "/tradar/" + id)
                .orElseGet(() -> {
                    try {
                        return startThread(user, "Samverkan i praktiken", "Första inlägget", RoomScenario.key())
                                .andReturn().getResponse().getRedirectedUrl();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    private long lastPost() {
        return count("SELECT max(id) FROM room_post WHERE network_id = :n");
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("n", scenario.network().id()).query(Long.class).single();
    }
}
