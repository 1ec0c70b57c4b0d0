package se.arena.identity.internal;

import java.time.Clock;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import se.arena.identity.Role;

/** Signs a browser in as a new staff member, through the real pages, for other modules' browser tests. */
public final class BrowserSignIn {

    private BrowserSignIn() {
    }

    public static void asNewStaffMember(Page page, String baseUrl, ApplicationContext context, Role role) {
        TestAccounts accounts = new TestAccounts(context.getBean(AccountRepository.class),
                context.getBean(PasswordEncoder.class), context.getBean(Clock.class));
        Account staff = accounts.staff(role);
        page.navigate(baseUrl + "/logga-in/personal");
        page.getByLabel("E-postadress").fill(staff.email());
        page.getByLabel("Lösenord").fill(TestAccounts.STAFF_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fortsätt")).click();
        page.getByLabel("Kod").fill(accounts.currentCode(staff));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();
        page.waitForURL(baseUrl + "/admin");
    }
}
