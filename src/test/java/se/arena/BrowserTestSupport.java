package se.arena;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.arena.identity.Mailbox;
import se.arena.identity.Role;
import se.arena.identity.internal.BrowserSignIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the application on a random port and drives Debian's Chromium through Playwright.
 * Without Chromium the tests are skipped with a notice on a developer's machine, but under
 * CI=true a missing browser fails the run: a browser test that silently skips proves nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTestSupport {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("ARENA_CHROMIUM", "/usr/bin/chromium"));
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext applicationContext;

    private BrowserContext context;
    protected Page page;

    @BeforeAll
    static void startBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            String notice = "Chromium not found at " + CHROMIUM + " (install Debian's chromium package)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(notice + ": browser tests cannot be skipped under CI=true");
            }
            System.err.println("[arena] SKIPPING browser tests: " + notice);
            Assumptions.abort(notice);
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
            browser = null;
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("sv-SE"));
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs this browser in as a new staff member with the role, through the sign-in pages. */
    protected void signInAsStaff(Role role) {
        BrowserSignIn.asNewStaffMember(page, url(""), applicationContext, role);
    }

    /** Signs this browser in as a coordinator or participant does: the e-mailed link, then its button. */
    protected void signInByEmailedLink(String email) {
        open("/logga-in");
        page.getByLabel("E-postadress").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka inloggningslänk")).click();
        open(new Mailbox(applicationContext.getBean(JdbcClient.class)).latestLinkPathTo(email));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();
    }

    protected void open(String path) {
        page.navigate(url(path));
    }

    /** Runs axe-core with the WCAG 2.1 A and AA rules and fails, naming each problem, on any violation. */
    protected void assertNoAccessibilityViolations() {
        assertNoAccessibilityViolationsOutside();
    }

    /**
     * As {@link #assertNoAccessibilityViolations()}, leaving out the elements the selectors name.
     * Only for what axe cannot enter: it waits for ever on a frame sandboxed against scripts.
     */
    protected void assertNoAccessibilityViolationsOutside(String... excludedSelectors) {
        AxeBuilder axe = new AxeBuilder(page).withTags(WCAG_21_AA);
        for (String selector : excludedSelectors) {
            axe.exclude(selector);
        }
        AxeResults results = axe.analyze();
        assertThat(results.getViolations())
                .as(() -> "axe-core violations on " + page.url() + ":\n" + describe(results.getViolations()))
                .isEmpty();
    }

    /** True when the page is wider than the window, which forces sideways scrolling. */
    protected boolean scrollsSideways() {
        // after a click the new page's elements can be there before its style sheet is applied
        page.waitForLoadState(LoadState.LOAD);
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
    }

    /** Presses Tab until the element with the id has focus, and fails if it cannot be reached that way. */
    protected void tabTo(String id) {
        for (int press = 0; press < 80; press++) {
            if (id.equals(page.evaluate("() => document.activeElement && document.activeElement.id"))) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("#" + id + " cannot be reached with the Tab key");
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
