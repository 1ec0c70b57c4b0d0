package se.arena.identity.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import se.arena.SecretTokens;
import se.arena.TestClock;
import se.arena.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 11, item 8: the staff's TOTP secrets are encrypted at rest with arena.security.secret-key. */
@SpringBootTest
@AutoConfigureMockMvc
class TotpSecretEncryptionIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    AccountSetUp setUp;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    TestClock clock;

    @Autowired
    Environment environment;

    TestAccounts accounts;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(accountRepository, passwords, clock);
    }

    @Test
    void aNewStaffMembersSecretIsStoredEncryptedAndTheirCodesStillSignThemIn() throws Exception {
        String email = "ny-" + UUID.randomUUID() + "@example.org";
        long id = accountRepository.insert(email, "Ny Handläggare");
        accountRepository.replaceRoles(id, EnumSet.of(Role.STAFF));
        String link = setUp.issueLink(id).url();
        Cookie enrolling = SignInIntegrationTest.sessionCookie(mvc.perform(post(link.substring(link.indexOf("/konfigurera/")))
                        .with(csrf()).param("password", TestAccounts.STAFF_PASSWORD).param("repeat", TestAccounts.STAFF_PASSWORD))
                .andExpect(redirectedUrl("/konfigurera/app")).andReturn());
        String page = mvc.perform(get("/konfigurera/app").cookie(enrolling)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String shown = page.replaceAll("(?s).*<code class=\"secret\">([A-Z2-7 ]+)</code>.*", "$1").replace(" ", "");
        assertThat(shown).matches("[A-Z2-7]{32}");

        assertThat(storedSecret(id)).startsWith(TotpSecretCipher.PREFIX).doesNotContain(shown);
        mvc.perform(post("/konfigurera/app").cookie(enrolling).with(csrf()).param("code", Totp.codeAt(shown, clock.instant())))
                .andExpect(status().isOk());
        assertThat(storedSecret(id)).doesNotContain(shown);

        clock.advance(Duration.ofSeconds(30));
        try {
            Cookie halfway = SignInIntegrationTest.sessionCookie(mvc.perform(post("/logga-in/personal").with(csrf())
                    .param("email", email).param("password", TestAccounts.STAFF_PASSWORD)).andReturn());
            mvc.perform(post("/logga-in/personal/kod").cookie(halfway).with(csrf()).param("code", Totp.codeAt(shown, clock.instant())))
                    .andExpect(redirectedUrl("/admin"));
        } finally {
            clock.reset();
        }
    }

    /** Secrets stored before encryption keep working and are encrypted once, also when two nodes start together. */
    @Test
    void plainSecretsFromBeforeAreEncryptedOnceWhenNodesStart() throws Exception {
        List<Account> staff = List.of(accounts.staff(Role.STAFF), accounts.staff(Role.STAFF), accounts.staff(Role.ADMIN));
        for (Account member : staff) {
            jdbc.sql("UPDATE account SET totp_secret = :plain WHERE id = :id")
                    .param("plain", member.totpSecret()).param("id", member.id()).update();
        }
        assertThat(accountRepository.findById(staff.getFirst().id()).orElseThrow().totpSecret())
                .as("a plain secret still opens").isEqualTo(staff.getFirst().totpSecret());

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> encrypted = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                encrypted.add(nodes.submit(() -> {
                    together.await();
                    return accountRepository.encryptPlainTotpSecrets();
                }));
            }
            assertThat(encrypted.get(0).get() + encrypted.get(1).get()).isEqualTo(staff.size());
        } finally {
            nodes.shutdownNow();
        }
        assertThat(accountRepository.encryptPlainTotpSecrets()).as("a later start finds nothing to do").isZero();
        for (Account member : staff) {
            assertThat(storedSecret(member.id())).startsWith(TotpSecretCipher.PREFIX).doesNotContain(member.totpSecret());
            assertThat(accountRepository.findById(member.id()).orElseThrow().totpSecret()).isEqualTo(member.totpSecret());
        }
        Cookie halfway = SignInIntegrationTest.sessionCookie(mvc.perform(post("/logga-in/personal").with(csrf())
                .param("email", staff.getLast().email()).param("password", TestAccounts.STAFF_PASSWORD)).andReturn());
        mvc.perform(post("/logga-in/personal/kod").cookie(halfway).with(csrf()).param("code", accounts.currentCode(staff.getLast())))
                .andExpect(redirectedUrl("/admin"));
    }

    @Test
    void aNodeWithAnotherKeyRefusesToStartInsteadOfFailingEverySignIn() {
        String url = environment.getProperty("spring.datasource.url");
        String configured = environment.getProperty(SecretKeys.PROPERTY);
        assertThat(new SecretKeys(configured, url, jdbc).derive(SecretKeys.Purpose.KEY_CHECK)).hasSize(32);

        String another = Base64.getEncoder().encodeToString(SecretTokens.randomBytes(32));
        assertThatThrownBy(() -> new SecretKeys(another, url, jdbc))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(SecretKeys.PROPERTY)
                .hasMessageContaining("not the key this database was set up with");
    }

    private String storedSecret(long accountId) {
        return jdbc.sql("SELECT totp_secret FROM account WHERE id = :id").param("id", accountId).query(String.class).single();
    }
}
