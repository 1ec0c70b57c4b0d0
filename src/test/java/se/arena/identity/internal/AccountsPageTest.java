package se.arena.identity.internal;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import se.arena.TestClock;
import se.arena.identity.Mailbox;
import se.arena.identity.Role;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
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
class AccountsPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationDirectory organisations;

    TestAccounts accounts;
    Account admin;
    long karlskoga;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(accountRepository, passwords, clock);
        admin = accounts.staff(Role.ADMIN);
        karlskoga = organisations.search(OrganisationFilter.of("Karlskoga", null, "MUNICIPALITY"), 1, 1).items().getFirst().id();
    }

    @Test
    void onlyStaffAdminsManageAccounts() throws Exception {
        mvc.perform(get("/admin/konton").with(accounts.signedInAs(accounts.staff(Role.STAFF)))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/konton").with(accounts.signedInAs(accounts.coordinatorOf(karlskoga)))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/konton").with(accounts.signedInAs(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString(admin.email())));
    }

    @Test
    void createsACoordinatorBoundToAnOrganisation() throws Exception {
        String email = "ny.samordnare." + System.nanoTime() + "@example.org";
        mvc.perform(post("/admin/konton/nytt").with(accounts.signedInAs(admin)).with(csrf())
                        .param("email", email).param("displayName", "Ny Samordnare")
                        .param("roles", "COORDINATOR").param("organisationIds", Long.toString(karlskoga)))
                .andExpect(status().is3xxRedirection());
        Account created = accountRepository.findByEmail(email).orElseThrow();
        assertThat(created.roles()).containsExactly(Role.COORDINATOR);
        assertThat(created.organisationIds()).containsExactly(karlskoga);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'ACCOUNT_CREATED' AND subject_id = :id")
                .param("id", Long.toString(created.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void newStaffMemberIsSentASetUpLink() throws Exception {
        String email = "ny.handlaggare." + System.nanoTime() + "@example.org";
        mvc.perform(post("/admin/konton/nytt").with(accounts.signedInAs(admin)).with(csrf())
                        .param("email", email).param("displayName", "Ny Handläggare").param("roles", "STAFF"))
                .andExpect(status().is3xxRedirection());
        assertThat(new Mailbox(jdbc).latestLinkPathTo(email)).startsWith("/konfigurera/");
    }

    @Test
    void invalidFormIsExplainedFieldByFieldAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/admin/konton/nytt").with(accounts.signedInAs(admin)).with(csrf())
                        .param("email", "inte-en-adress").param("displayName", "Anna Andersson")
                        .param("phone", "ring mig").param("roles", "COORDINATOR"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("Skriv en e-postadress"),
                        containsString("Skriv ett svenskt telefonnummer"),
                        containsString("En kontaktperson behöver minst en organisation"),
                        containsString("value=\"inte-en-adress\""),
                        containsString("value=\"Anna Andersson\""))));
        mvc.perform(post("/admin/konton/nytt").with(accounts.signedInAs(admin)).with(csrf())
                        .param("email", admin.email()).param("displayName", "Dubblett").param("roles", "STAFF"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Det finns redan ett konto med den e-postadressen")));
    }

    @Test
    void roleChangeEndsTheAccountsSessionsAndIsAudited() throws Exception {
        Account coordinator = accounts.coordinatorOf(karlskoga);
        Cookie session = signInByLink(coordinator);
        mvc.perform(get("/mina-sidor").cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/admin/konton/" + coordinator.id()).with(accounts.signedInAs(admin)).with(csrf())
                        .param("displayName", coordinator.displayName()).param("roles", "PARTICIPANT"))
                .andExpect(redirectedUrl("/admin/konton/" + coordinator.id()));

        mvc.perform(get("/mina-sidor").cookie(session)).andExpect(redirectedUrl("/logga-in"));
        assertThat(accountRepository.findById(coordinator.id()).orElseThrow().roles()).containsExactly(Role.PARTICIPANT);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'ROLE_CHANGED' AND subject_id = :id")
                .param("id", Long.toString(coordinator.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void disablingEndsSessionsAndStopsSignIn() throws Exception {
        Account participant = accounts.participant();
        Cookie session = signInByLink(participant);
        mvc.perform(post("/admin/konton/" + participant.id() + "/status").with(accounts.signedInAs(admin)).with(csrf())
                .param("aktivt", "false")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/mina-sidor").cookie(session)).andExpect(redirectedUrl("/logga-in"));

        long mailsBefore = new Mailbox(jdbc).countTo(participant.email());
        mvc.perform(post("/logga-in").param("email", participant.email()).with(csrf()));
        assertThat(new Mailbox(jdbc).countTo(participant.email())).isEqualTo(mailsBefore);
    }

    @Test
    void listCanBeFilteredAndExported() throws Exception {
        mvc.perform(get("/admin/konton").param("roll", "ADMIN").with(accounts.signedInAs(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(admin.email())));
        mvc.perform(get("/admin/konton/export").param("format", "csv").param("q", admin.email()).with(accounts.signedInAs(admin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("konton-")))
                .andExpect(content().string(containsString(admin.email())));
    }

    @Test
    void unknownAccountIsNotFound() throws Exception {
        mvc.perform(get("/admin/konton/999999999").with(accounts.signedInAs(admin))).andExpect(status().isNotFound());
    }

    private Cookie signInByLink(Account account) throws Exception {
        mvc.perform(post("/logga-in").param("email", account.email()).with(csrf()));
        return SignInIntegrationTest.sessionCookie(
                mvc.perform(post(new Mailbox(jdbc).latestLinkPathTo(account.email())).with(csrf())).andReturn());
    }
}
