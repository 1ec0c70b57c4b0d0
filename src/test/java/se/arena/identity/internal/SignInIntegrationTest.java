package se.arena.identity.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import se.arena.TestClock;
import se.arena.identity.Mailbox;
import se.arena.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class SignInIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BackupCodes backupCodes;

    TestAccounts accounts;
    Mailbox mailbox;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(accountRepository, passwords, clock);
        mailbox = new Mailbox(jdbc);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void participantSignsInWithALinkThatWorksOnceAndOnlyFor15Minutes() throws Exception {
        Account participant = accounts.participant();
        mvc.perform(post("/logga-in").param("email", participant.email().toUpperCase()).with(csrf()))
                .andExpect(redirectedUrl("/logga-in/skickat"));
        String link = mailbox.latestLinkPathTo(participant.email());

        mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("Logga in")));
        Cookie session = sessionCookie(mvc.perform(post(link).with(csrf())).andExpect(redirectedUrl("/mina-sidor")).andReturn());
        mvc.perform(get("/mina-sidor").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString(participant.email())));

        mvc.perform(post(link).with(csrf())).andExpect(status().isGone())
                .andExpect(content().string(containsString("fungerar inte längre")));

        mvc.perform(post("/logga-in").param("email", participant.email()).with(csrf()));
        String expiring = mailbox.latestLinkPathTo(participant.email());
        clock.advance(Duration.ofMinutes(16));
        mvc.perform(post(expiring).with(csrf())).andExpect(status().isGone());
    }

    @Test
    void unknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
        mvc.perform(post("/logga-in").param("email", "ingen-alls@example.org").with(csrf()))
                .andExpect(redirectedUrl("/logga-in/skickat"));
        assertThat(mailbox.countTo("ingen-alls@example.org")).isZero();
    }

    @Test
    void badAddressIsExplainedNextToTheFieldAndKept() throws Exception {
        mvc.perform(post("/logga-in").param("email", "inte en adress").with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv en e-postadress")))
                .andExpect(content().string(containsString("value=\"inte en adress\"")))
                .andExpect(content().string(containsString("aria-describedby=\"email-fel\"")));
    }

    @Test
    void manyLinkRequestsForOneAddressAreSlowedDown() throws Exception {
        Account participant = accounts.participant();
        for (int request = 1; request <= 3; request++) {
            mvc.perform(post("/logga-in").param("email", participant.email()).with(csrf()))
                    .andExpect(redirectedUrl("/logga-in/skickat"));
        }
        mvc.perform(post("/logga-in").param("email", participant.email()).with(csrf()))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Vänta en kvart")));
        assertThat(mailbox.countTo(participant.email())).isEqualTo(3);
    }

    @Test
    void staffCannotUseEmailLinks() throws Exception {
        Account staff = accounts.staff(Role.STAFF);
        mvc.perform(post("/logga-in").param("email", staff.email()).with(csrf()))
                .andExpect(redirectedUrl("/logga-in/skickat"));
        assertThat(mailbox.countTo(staff.email())).isZero();
    }

    @Test
    void staffPagesNeedTheSecondFactorNotJustThePassword() throws Exception {
        Account staff = accounts.staff(Role.STAFF);
        MvcResult afterPassword = mvc.perform(post("/logga-in/personal").with(csrf())
                        .param("email", staff.email()).param("password", TestAccounts.STAFF_PASSWORD))
                .andExpect(redirectedUrl("/logga-in/personal/kod")).andReturn();
        Cookie halfway = sessionCookie(afterPassword);
        mvc.perform(get("/admin").cookie(halfway)).andExpect(redirectedUrl("/logga-in/personal"));

        mvc.perform(post("/logga-in/personal/kod").cookie(halfway).with(csrf()).param("code", "000000"))
                .andExpect(status().isUnauthorized());
        String code = accounts.currentCode(staff);
        MvcResult signedIn = mvc.perform(post("/logga-in/personal/kod").cookie(halfway).with(csrf()).param("code", code))
                .andExpect(redirectedUrl("/admin")).andReturn();
        Cookie session = sessionCookie(signedIn);
        assertThat(session.getValue()).isNotEqualTo(halfway.getValue());
        mvc.perform(get("/admin").cookie(session)).andExpect(status().isOk());

        // the same code a second time, in a new sign-in, is refused
        Cookie again = sessionCookie(mvc.perform(post("/logga-in/personal").with(csrf())
                .param("email", staff.email()).param("password", TestAccounts.STAFF_PASSWORD)).andReturn());
        mvc.perform(post("/logga-in/personal/kod").cookie(again).with(csrf()).param("code", code))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void backupCodeWorksOnce() throws Exception {
        Account staff = accounts.staff(Role.STAFF);
        String backupCode = backupCodes.regenerate(staff.id()).getFirst();
        Cookie first = passwordStep(staff);
        mvc.perform(post("/logga-in/personal/kod").cookie(first).with(csrf()).param("code", backupCode.toUpperCase()))
                .andExpect(redirectedUrl("/admin"));
        Cookie second = passwordStep(staff);
        mvc.perform(post("/logga-in/personal/kod").cookie(second).with(csrf()).param("code", backupCode))
                .andExpect(status().isUnauthorized());
    }

    /** People type passwords into the e-mail field: nothing typed into a failed sign-in may reach the log. */
    @Test
    void aStaffSignInWithNothingTypedIsRefusedLikeAnyWrongOne() throws Exception {
        mvc.perform(post("/logga-in/personal").with(csrf()).param("email", "").param("password", ""))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/logga-in/personal").with(csrf())).andExpect(status().isUnauthorized());
    }

    @Test
    void nothingTypedIntoAFailedSignInReachesTheAuditLog() throws Exception {
        String typed = "hemligt" + UUID.randomUUID().toString().replace("-", "");
        Instant start = clock.instant();
        Account staff = accounts.staff(Role.STAFF);

        mvc.perform(post("/logga-in/personal").with(csrf()).param("email", typed).param("password", typed + "igen"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/logga-in/personal").with(csrf()).param("email", " " + typed.toUpperCase() + "@example.org ")
                .param("password", typed)).andExpect(status().isUnauthorized());
        mvc.perform(post("/logga-in/personal").with(csrf()).param("email", staff.email()).param("password", typed))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/logga-in/personal/kod").cookie(passwordStep(staff)).with(csrf()).param("code", typed))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/logga-in").with(csrf()).param("email", typed)).andExpect(status().isUnprocessableContent());
        mvc.perform(post("/logga-in").with(csrf()).param("email", typed + "@example.org")).andExpect(redirectedUrl("/logga-in/skickat"));
        mvc.perform(post("/logga-in/lank/" + typed).with(csrf())).andExpect(status().isGone());
        mvc.perform(post("/konfigurera/" + typed).with(csrf()).param("password", typed).param("repeat", typed))
                .andExpect(status().isGone());

        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event
                        WHERE action = 'SIGN_IN_FAILED' AND actor_label = :unknown AND actor_account_id IS NULL AND occurred_at >= :start
                        """).param("unknown", SignInService.UNKNOWN_ACTOR).param("start", Timestamp.from(start))
                .query(Long.class).single()).as("the failures are recorded, under a fixed actor").isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event
                        WHERE lower(actor_label) LIKE :typed OR lower(ip_address) LIKE :typed OR lower(action) LIKE :typed
                           OR lower(subject_type) LIKE :typed OR lower(subject_id) LIKE :typed OR lower(details) LIKE :typed
                           OR lower(search_text) LIKE :typed
                        """).param("typed", "%" + typed + "%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM sign_in_attempt WHERE lower(throttle_key) LIKE :typed")
                .param("typed", "%" + typed + "%").query(Long.class).single()).isZero();
    }

    @Test
    void signInGivesANewSessionIdAndTheOldOneIsWorthless() throws Exception {
        Account participant = accounts.participant();
        Cookie before = sessionCookie(mvc.perform(get("/logga-in/personal")).andReturn());
        mvc.perform(post("/logga-in").param("email", participant.email()).with(csrf()));
        String link = mailbox.latestLinkPathTo(participant.email());
        Cookie after = sessionCookie(mvc.perform(post(link).cookie(before).with(csrf())).andReturn());

        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        mvc.perform(get("/mina-sidor").cookie(after)).andExpect(status().isOk());
        mvc.perform(get("/mina-sidor").cookie(before)).andExpect(redirectedUrl("/logga-in"));
    }

    @Test
    void stateChangingRequestsWithoutCsrfTokenAreRefused() throws Exception {
        Account participant = accounts.participant();
        mvc.perform(post("/logga-in").param("email", participant.email())).andExpect(status().isForbidden());
        mvc.perform(post("/mina-sidor/profil").with(accounts.signedInAs(participant)).param("displayName", "Ny"))
                .andExpect(status().isForbidden());
        assertThat(mailbox.countTo(participant.email())).isZero();
    }

    @Test
    void sessionEndsTwelveHoursAfterSignInHoweverActive() throws Exception {
        Account participant = accounts.participant();
        mvc.perform(post("/logga-in").param("email", participant.email()).with(csrf()));
        Cookie session = sessionCookie(mvc.perform(post(mailbox.latestLinkPathTo(participant.email())).with(csrf())).andReturn());
        clock.advance(Duration.ofHours(11));
        mvc.perform(get("/mina-sidor").cookie(session)).andExpect(status().isOk());
        clock.advance(Duration.ofHours(2));
        mvc.perform(get("/mina-sidor").cookie(session)).andExpect(redirectedUrl("/logga-in?utgangen"));
    }

    @Test
    void signOutEndsEverySessionOfTheAccount() throws Exception {
        Account participant = accounts.participant();
        Cookie laptop = signInByLink(participant);
        Cookie phone = signInByLink(participant);
        mvc.perform(post("/logga-ut").cookie(laptop).with(csrf())).andExpect(redirectedUrl("/logga-in?utloggad"));
        mvc.perform(get("/mina-sidor").cookie(phone)).andExpect(redirectedUrl("/logga-in"));
    }

    @Test
    void signedInPagesAreNeverCachedAndCarrySecurityHeaders() throws Exception {
        Account participant = accounts.participant();
        mvc.perform(get("/mina-sidor").with(accounts.signedInAs(participant)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    @Test
    void signInsAndFailuresAreAudited() throws Exception {
        Account staff = accounts.staff(Role.STAFF);
        mvc.perform(post("/logga-in/personal").with(csrf()).param("email", staff.email()).param("password", "alldeles fel lösen"));
        Account participant = accounts.participant();
        signInByLink(participant);
        assertThat(audited("SIGN_IN_FAILED", staff.email())).isEqualTo(1);
        assertThat(audited("SIGN_IN", participant.email())).isEqualTo(1);
    }

    private long audited(String action, String actor) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = :action AND actor_label = :actor")
                .param("action", action).param("actor", actor).query(Long.class).single();
    }

    private Cookie signInByLink(Account account) throws Exception {
        mvc.perform(post("/logga-in").param("email", account.email()).with(csrf()));
        return sessionCookie(mvc.perform(post(mailbox.latestLinkPathTo(account.email())).with(csrf())).andReturn());
    }

    private Cookie passwordStep(Account staff) throws Exception {
        return sessionCookie(mvc.perform(post("/logga-in/personal").with(csrf())
                .param("email", staff.email()).param("password", TestAccounts.STAFF_PASSWORD)).andReturn());
    }

    static Cookie sessionCookie(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie("SESSION");
        assertThat(cookie).as("the response sets a session cookie").isNotNull();
        return cookie;
    }
}
