package se.arena.identity.internal;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import se.arena.BrowserTestSupport;
import se.arena.TestClock;
import se.arena.identity.Mailbox;
import se.arena.identity.Role;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationFilter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Each role signs in the way a person would, reading links from the outbox; every page passes axe. */
class SignInBrowserTest extends BrowserTestSupport {

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
    void participantSignsInByEmailLinkAndKeepsContactDetails() {
        Account participant = accounts.participant();
        signInByLink(participant.email());
        assertThat(page.locator("h1")).hasText("Mina sidor");
        assertNoAccessibilityViolations();

        page.getByLabel("Telefon (valfritt)").fill("inget nummer");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
        assertThat(page.getByText("Skriv ett svenskt telefonnummer")).isVisible();
        assertThat(page.getByLabel("Telefon (valfritt)")).hasValue("inget nummer");
        assertNoAccessibilityViolations();

        page.getByLabel("Telefon (valfritt)").fill("070-123 45 67");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).click();
        assertThat(page.getByText("Dina uppgifter är sparade.")).isVisible();
        assertThat(page.getByLabel("Telefon (valfritt)")).hasValue("070-123 45 67");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga ut")).click();
        assertThat(page.getByText("Du är utloggad.")).isVisible();
        open("/mina-sidor");
        assertThat(page.locator("h1")).hasText("Logga in");
    }

    @Test
    void coordinatorSeesTheirOrganisation() {
        long karlskoga = organisations.search(OrganisationFilter.of("Karlskoga", null, "MUNICIPALITY"), 1, 1).items().getFirst().id();
        Account coordinator = accounts.coordinatorOf(karlskoga);
        signInByLink(coordinator.email());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mina organisationer"))).isVisible();
        assertThat(page.getByText("Karlskoga", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertNoAccessibilityViolations();
    }

    @Test
    void staffSignInWithPasswordAndAuthenticatorCode() {
        Account admin = accounts.staff(Role.ADMIN);
        open("/admin");
        assertThat(page.locator("h1")).hasText("Logga in som personal");
        assertNoAccessibilityViolations();
        page.getByLabel("E-postadress").fill(admin.email());
        page.getByLabel("Lösenord").fill(TestAccounts.STAFF_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fortsätt")).click();

        assertThat(page.locator("h1")).hasText("Kod från autentiseringsappen");
        assertNoAccessibilityViolations();
        page.getByLabel("Kod").fill("123");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();
        assertThat(page.getByText("Koden stämmer inte")).isVisible();
        assertNoAccessibilityViolations();
        page.getByLabel("Kod").fill(accounts.currentCode(admin));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();

        assertThat(page.locator("h1")).hasText("Personal");
        assertNoAccessibilityViolations();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Konton och roller")).click();
        assertThat(page.locator("h1")).hasText("Konton och roller");
        assertNoAccessibilityViolations();
    }

    @Test
    void newStaffMemberSetsUpPasswordAndAppFromTheEmailedLink() {
        Account admin = accounts.staff(Role.ADMIN);
        open("/logga-in/personal");
        page.getByLabel("E-postadress").fill(admin.email());
        page.getByLabel("Lösenord").fill(TestAccounts.STAFF_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fortsätt")).click();
        page.getByLabel("Kod").fill(accounts.currentCode(admin));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();

        open("/admin/konton/nytt");
        assertNoAccessibilityViolations();
        String newcomer = "ny-handlaggare-" + System.nanoTime() + "@example.org";
        page.getByLabel("E-postadress").fill(newcomer);
        page.getByLabel("Namn").fill("Nyanställd Handläggare");
        page.getByLabel("Handläggare").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa konto")).click();
        assertThat(page.getByText("En länk för att välja lösenord har skickats")).isVisible();
        assertNoAccessibilityViolations();

        page.context().clearCookies();
        open(mailbox.latestLinkPathTo(newcomer));
        assertThat(page.locator("h1")).hasText("Välj lösenord");
        assertNoAccessibilityViolations();
        page.getByLabel("Nytt lösenord").fill("kort");
        page.getByLabel("Upprepa lösenordet").fill("kort");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fortsätt")).click();
        assertThat(page.getByText("Lösenordet behöver vara minst 12 tecken")).isVisible();
        assertNoAccessibilityViolations();
        page.getByLabel("Nytt lösenord").fill("hallon och blåbär i september");
        page.getByLabel("Upprepa lösenordet").fill("hallon och blåbär i september");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fortsätt")).click();

        assertThat(page.locator("h1")).hasText("Koppla en autentiseringsapp");
        assertNoAccessibilityViolations();
        String secret = page.locator("code.secret").textContent().replace(" ", "");
        page.getByLabel("Kod från appen").fill(Totp.codeAt(secret, clock.instant()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aktivera")).click();

        assertThat(page.locator("h1")).hasText("Spara dina reservkoder");
        assertThat(page.locator(".backup-codes li")).hasCount(BackupCodes.COUNT);
        assertNoAccessibilityViolations();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Jag har sparat koderna – fortsätt")).click();
        assertThat(page.locator("h1")).hasText("Personal");
    }

    private void signInByLink(String email) {
        open("/logga-in");
        assertNoAccessibilityViolations();
        page.getByLabel("E-postadress").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka inloggningslänk")).click();
        assertThat(page.locator("h1")).hasText("Kolla din e-post");
        assertNoAccessibilityViolations();
        open(mailbox.latestLinkPathTo(email));
        assertNoAccessibilityViolations();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();
    }
}
