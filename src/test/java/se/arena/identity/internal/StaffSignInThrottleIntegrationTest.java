package se.arena.identity.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import se.arena.ArenaApplication;
import se.arena.TestClock;
import se.arena.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Issue 11, item 5: the staff sign-in throttles per address, per client and per trusted browser
 * instead of locking accounts, counts in the database for every node, answers the same for
 * addresses with and without an account, and throttles the second step too.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaffSignInThrottleIntegrationTest {

    /** The production limits (SecurityProperties); the test configuration keeps them, except per client. */
    private static final int FAILURES_PER_EMAIL = 5;
    private static final int SECOND_FACTOR_FAILURES_PER_DAY = 10;

    private static ConfigurableApplicationContext otherNode;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    JdbcClient jdbc;

    TestAccounts accounts;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(accountRepository, passwords, clock);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @AfterAll
    static void stopOtherNode() {
        if (otherNode != null) {
            otherNode.close();
        }
    }

    @Test
    void anAddressWithAnAccountIsAnsweredExactlyAsOneWithout() throws Exception {
        Account staff = accounts.staff(Role.ADMIN);
        String unknown = "finns-inte-" + UUID.randomUUID() + "@example.org";

        List<String> known = new ArrayList<>();
        List<String> stranger = new ArrayList<>();
        for (int attempt = 1; attempt <= FAILURES_PER_EMAIL + 2; attempt++) {
            known.add(answer(mvc, passwordStep(staff.email(), "fel lösenord " + attempt, newClient()), staff.email()));
            stranger.add(answer(mvc, passwordStep(unknown, "fel lösenord " + attempt, newClient()), unknown));
        }
        // the right password changes nothing once the address waits
        known.add(answer(mvc, passwordStep(staff.email(), TestAccounts.STAFF_PASSWORD, newClient()), staff.email()));
        stranger.add(answer(mvc, passwordStep(unknown, TestAccounts.STAFF_PASSWORD, newClient()), unknown));

        assertThat(known).isEqualTo(stranger);
        assertThat(known.subList(0, FAILURES_PER_EMAIL)).allSatisfy(answer -> assertThat(answer).startsWith("401"));
        assertThat(known.subList(FAILURES_PER_EMAIL, known.size())).allSatisfy(answer -> assertThat(answer)
                .startsWith("429").contains(SignInPages.THROTTLED_MESSAGE).doesNotContain("låst"));
        assertThat(audited("SIGN_IN_FAILED", staff.id())).as("every checked failure is audited").isEqualTo(FAILURES_PER_EMAIL);
        assertThat(audited("SIGN_IN_THROTTLED", staff.id())).as("and reaching the limit, once").isEqualTo(1);
    }

    private long audited(String action, long accountId) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = :action AND subject_id = :id")
                .param("action", action).param("id", Long.toString(accountId)).query(Long.class).single();
    }

    @Test
    void theOwnerSignsInFromATrustedBrowserWhileSomeoneHammersTheAddress() throws Exception {
        Account admin = accounts.staff(Role.ADMIN);
        Cookie trusted = signInFully(admin, newClient(), null);

        String attacker = newClient();
        for (int attempt = 1; attempt <= 3 * FAILURES_PER_EMAIL; attempt++) {
            mvc.perform(passwordStep(admin.email(), "gissning " + attempt, attacker));
        }
        assertThat(mvc.perform(passwordStep(admin.email(), TestAccounts.STAFF_PASSWORD, newClient()))
                .andReturn().getResponse().getStatus()).as("a browser that is not trusted waits").isEqualTo(429);

        clock.advance(Duration.ofSeconds(30)); // a fresh authenticator code
        Cookie renewed = signInFully(admin, newClient(), trusted);
        assertThat(renewed.getValue()).isNotEqualTo(trusted.getValue());

        assertThat(mvc.perform(passwordStep(admin.email(), TestAccounts.STAFF_PASSWORD, newClient())
                        .cookie(new Cookie(TrustedBrowsers.COOKIE, altered(trusted.getValue()))))
                .andReturn().getResponse().getStatus()).as("an altered cookie is not trusted").isEqualTo(429);
        Account other = accounts.staff(Role.STAFF);
        assertThat(mvc.perform(passwordStep(other.email(), "fel", newClient()).cookie(trusted))
                .andReturn().getResponse().getStatus()).as("the cookie trusts the browser for its own address only").isEqualTo(401);
    }

    /** The limit per client holds across nodes: failures sent to one node count on another. */
    @Test
    void aClientThatHammersIsThrottledOnEveryNode() throws Exception {
        MockMvc nodeB = otherNode();
        String client = newClient();
        for (int address = 1; address <= 10; address++) {
            assertThat(mvc.perform(passwordStep("gissad-" + address + "-" + UUID.randomUUID() + "@example.org", "fel", client))
                    .andReturn().getResponse().getStatus()).isEqualTo(401);
        }
        MvcResult throttled = nodeB.perform(passwordStep("ny-" + UUID.randomUUID() + "@example.org", "fel", client)).andReturn();
        assertThat(throttled.getResponse().getStatus()).isEqualTo(429);
        assertThat(throttled.getResponse().getContentAsString()).contains(SignInPages.THROTTLED_MESSAGE);

        assertThat(nodeB.perform(passwordStep("ny-" + UUID.randomUUID() + "@example.org", "fel", newClient()))
                .andReturn().getResponse().getStatus()).as("another client is not held up").isEqualTo(401);
        Account staff = accounts.staff(Role.STAFF);
        nodeB.perform(passwordStep(staff.email(), TestAccounts.STAFF_PASSWORD, newClient())).andExpect(redirectedUrl("/logga-in/personal/kod"));
    }

    @Test
    void parallelGuessesDoNotGetPastTheLimit() throws Exception {
        String address = "parallellt-" + UUID.randomUUID() + "@example.org";
        int guesses = 12;
        CyclicBarrier together = new CyclicBarrier(guesses);
        ExecutorService clients = Executors.newFixedThreadPool(guesses);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int guess = 0; guess < guesses; guess++) {
                String client = newClient();
                Callable<Integer> attempt = () -> {
                    together.await();
                    return mvc.perform(passwordStep(address, "gissning", client)).andReturn().getResponse().getStatus();
                };
                statuses.add(clients.submit(attempt));
            }
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answers.add(status.get());
            }
            assertThat(answers).containsOnly(401, 429);
            assertThat(answers.stream().filter(status -> status == 401).count()).isBetween(1L, (long) FAILURES_PER_EMAIL);
        } finally {
            clients.shutdownNow();
        }
    }

    /**
     * Someone with the password but not the phone: the code step counts against the same limits
     * and then answers exactly as a waiting first step does, and a day allows only a few codes.
     * The owner's trusted browser is not held up by any of it.
     */
    @Test
    void aStolenPasswordBuysOnlyAFewCodeGuesses() throws Exception {
        Account admin = accounts.staff(Role.ADMIN);
        Cookie trusted = signInFully(admin, newClient(), null);
        String attacker = newClient();

        Cookie halfway = SignInIntegrationTest.sessionCookie(mvc.perform(passwordStep(admin.email(), TestAccounts.STAFF_PASSWORD, attacker))
                .andExpect(redirectedUrl("/logga-in/personal/kod")).andReturn());
        for (int guess = 1; guess <= FAILURES_PER_EMAIL; guess++) {
            assertThat(mvc.perform(codeStep(halfway, wrongCode(admin), attacker)).andReturn().getResponse().getStatus())
                    .isEqualTo(401);
        }
        String waitingAtTheCode = answer(mvc, codeStep(halfway, accounts.currentCode(admin), attacker), "");
        String waitingAtThePassword = answer(mvc, passwordStep(admin.email(), TestAccounts.STAFF_PASSWORD, attacker), admin.email());
        assertThat(waitingAtTheCode).startsWith("429").isEqualTo(waitingAtThePassword);
        mvc.perform(get("/logga-in/personal/kod").cookie(halfway)).andExpect(redirectedUrl("/logga-in/personal?tidenGickUt"));

        clock.advance(Duration.ofMinutes(16));
        for (int guess = FAILURES_PER_EMAIL + 1; guess <= SECOND_FACTOR_FAILURES_PER_DAY; guess++) {
            Cookie again = SignInIntegrationTest.sessionCookie(mvc.perform(passwordStep(admin.email(), TestAccounts.STAFF_PASSWORD, newClient()))
                    .andExpect(redirectedUrl("/logga-in/personal/kod")).andReturn());
            assertThat(mvc.perform(codeStep(again, wrongCode(admin), attacker)).andReturn().getResponse().getStatus()).isEqualTo(401);
            clock.advance(Duration.ofMinutes(4));
        }
        clock.advance(Duration.ofMinutes(16));
        Cookie nextDayNotYet = SignInIntegrationTest.sessionCookie(mvc.perform(passwordStep(admin.email(), TestAccounts.STAFF_PASSWORD, newClient()))
                .andExpect(redirectedUrl("/logga-in/personal/kod")).andReturn());
        assertThat(mvc.perform(codeStep(nextDayNotYet, accounts.currentCode(admin), newClient())).andReturn().getResponse().getStatus())
                .as("after the day's wrong codes even the right one waits, from a browser that is not trusted").isEqualTo(429);

        signInFully(admin, newClient(), trusted);
    }

    @Test
    void failuresOlderThanEveryWindowAreClearedAway() throws Exception {
        String address = "gammal-" + UUID.randomUUID() + "@example.org";
        clock.advance(Duration.ofDays(-2));
        mvc.perform(passwordStep(address, "fel", newClient()));
        clock.reset();
        mvc.perform(passwordStep(address, "fel", newClient()));
        Instant dayAgo = clock.instant().minus(Duration.ofDays(1));
        assertThat(attemptRows("attempted_at < :since", dayAgo)).isGreaterThanOrEqualTo(2);
        long recent = attemptRows("attempted_at >= :since", dayAgo);

        // the work, not the scheduled job: the job's lock, taken when it fires at minute 23 of each
        // hour, stays taken for minutes and would make this call do nothing
        throttle.deleteExpired();

        assertThat(attemptRows("attempted_at < :since", dayAgo)).isZero();
        assertThat(attemptRows("attempted_at >= :since", dayAgo)).isEqualTo(recent).isGreaterThanOrEqualTo(2);
    }

    private long attemptRows(String condition, Instant since) {
        return jdbc.sql("SELECT count(*) FROM sign_in_attempt WHERE " + condition)
                .param("since", Timestamp.from(since)).query(Long.class).single();
    }

    /** Password and code from one browser, with or without a trusted-browser cookie; returns the cookie it then gets. */
    private Cookie signInFully(Account staff, String client, Cookie trusted) throws Exception {
        MockHttpServletRequestBuilder password = passwordStep(staff.email(), TestAccounts.STAFF_PASSWORD, client);
        Cookie halfway = SignInIntegrationTest.sessionCookie(mvc.perform(trusted == null ? password : password.cookie(trusted))
                .andExpect(redirectedUrl("/logga-in/personal/kod")).andReturn());
        MockHttpServletRequestBuilder code = codeStep(halfway, accounts.currentCode(staff), client);
        MvcResult signedIn = mvc.perform(trusted == null ? code : code.cookie(trusted))
                .andExpect(redirectedUrl("/admin")).andReturn();
        Cookie cookie = signedIn.getResponse().getCookie(TrustedBrowsers.COOKIE);
        assertThat(cookie).as("a complete sign-in trusts the browser").isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getPath()).isEqualTo("/logga-in/personal");
        assertThat(cookie.getValue()).doesNotContain(staff.email());
        return new Cookie(cookie.getName(), cookie.getValue());
    }

    private static MockHttpServletRequestBuilder passwordStep(String email, String password, String client) {
        return post("/logga-in/personal").with(csrf()).with(from(client)).param("email", email).param("password", password);
    }

    private static MockHttpServletRequestBuilder codeStep(Cookie session, String code, String client) {
        return post("/logga-in/personal/kod").cookie(session).with(csrf()).with(from(client)).param("code", code);
    }

    private static RequestPostProcessor from(String client) {
        return request -> {
            request.setRemoteAddr(client);
            return request;
        };
    }

    /** Six digits that are no code of the account at this moment, nor of the steps either side. */
    private String wrongCode(Account staff) {
        List<String> accepted = List.of(Totp.codeAt(staff.totpSecret(), clock.instant().minusSeconds(30)),
                accounts.currentCode(staff), Totp.codeAt(staff.totpSecret(), clock.instant().plusSeconds(30)));
        int candidate = 0;
        while (accepted.contains(String.format("%06d", candidate))) {
            candidate++;
        }
        return String.format("%06d", candidate);
    }

    private static String altered(String value) {
        return value.substring(0, value.length() - 1) + (value.endsWith("A") ? "B" : "A");
    }

    /** A documentation address (RFC 5737) of its own, so no other test's failures count against it. */
    private static String newClient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(100, 256) + "." + random.nextInt(1, 255);
    }

    /** Status and page, without what differs by nature: the typed address and the CSRF token. */
    private static String answer(MockMvc node, MockHttpServletRequestBuilder request, String typedEmail) throws Exception {
        MvcResult result = node.perform(request).andReturn();
        String page = result.getResponse().getContentAsString()
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
        if (!typedEmail.isEmpty()) {
            page = page.replace(typedEmail, "");
        }
        return result.getResponse().getStatus() + " " + page;
    }

    /**
     * A second node on the same database, with the production limit per client: failures it did
     * not see itself must still count.
     */
    private static synchronized MockMvc otherNode() {
        if (otherNode == null) {
            otherNode = new SpringApplicationBuilder(ArenaApplication.class).run(
                    "--server.port=0",
                    "--arena.security.sign-in-failures-per-client=10",
                    "--spring.modulith.events.republish-outstanding-events-on-restart=false");
        }
        return MockMvcBuilders.webAppContextSetup((WebApplicationContext) otherNode).apply(springSecurity()).build();
    }
}
