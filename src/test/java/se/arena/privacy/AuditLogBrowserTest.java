package se.arena.privacy;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.arena.BrowserTestSupport;
import se.arena.identity.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class AuditLogBrowserTest extends BrowserTestSupport {

    @Autowired
    AuditLog auditLog;

    private final String marker = "webbläsare-" + UUID.randomUUID();

    @Test
    void staffAdminSearchesTheLogAndIsToldWhatIsWrongWithADate() {
        auditLog.record(new AuditEvent(
                new Actor(42L, "en.mycket.lang.adress.for.en.handlaggare-" + marker + "@kommunforbundet.example.org",
                        "2001:db8:85a3::8a2e:370:7334"),
                AuditActions.PERSONAL_DATA_CHANGED, "account", "42", "Ändrade e-post och telefon " + marker));

        signInAsStaff(Role.ADMIN);
        open("/admin/logg?q=" + marker);
        assertThat(page.getByText("1 händelse", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("Ändrade personuppgifter"))).isVisible();
        assertNoAccessibilityViolations();

        page.getByLabel("Från och med").fill("14 mars");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sök")).click();
        assertThat(page.getByLabel("Från och med")).hasValue("14 mars");
        assertThat(page.getByLabel("Från och med")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#fran-error")).hasText("Skriv från-datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-14.");
        assertThat(page.getByLabel("Fritext")).hasValue(marker);
        assertNoAccessibilityViolations();
    }

    @Test
    void logReadsWithoutSidewaysScrollingAt320Pixels() {
        auditLog.record(new AuditEvent(
                new Actor(7L, "ett-langt-namn-utan-mellanslag-" + marker + "@example.org", "2001:db8:85a3::8a2e:370:7334"),
                AuditActions.ROLE_CHANGED, "account", "7", "Roll ändrad till administratör " + marker));
        page.setViewportSize(320, 640);
        signInAsStaff(Role.ADMIN);
        open("/admin/logg?q=" + marker);
        assertThat(page.getByText("1 händelse", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(scrollsSideways()).isFalse();
        assertNoAccessibilityViolations();

        open("/admin/logg?fran=fel&till=2026-02-30&ip=192.168");
        assertThat(page.locator("#till-error")).isVisible();
        assertThat(scrollsSideways()).isFalse();
        assertNoAccessibilityViolations();
    }
}
