package se.arena.room.subgroup;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.arena.BrowserTestSupport;
import se.arena.identity.Role;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.registration.Registration;
import se.arena.registration.Registrations;
import se.arena.registration.TestNetworks;
import se.arena.registration.TestSeats;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member on a 320 pixel wide screen has sub-groups proposed by size, moves a person,
 * confirms, opens one group, and then the group's own page in the room, where they start a thread,
 * with an axe-core scan of every page on the way.
 */
class SubGroupBrowserTest extends BrowserTestSupport {

    @Autowired
    NetworkAdministration administration;

    @Autowired
    NetworkCatalogue catalogue;

    @Autowired
    Registrations registrations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void staffProposeMoveAndConfirmSubGroupsOnANarrowScreen() {
        Network network = new TestNetworks(administration, catalogue).open(3, null, "");
        TestSeats seats = new TestSeats(registrations);
        Registration small = seat(seats, network, "Ydre");
        seat(seats, network, "Bjurholm");
        seat(seats, network, "Göteborg");
        seat(seats, network, "Malmö");
        page.setViewportSize(320, 640);
        signInAsStaff(Role.STAFF);

        open("/admin/natverk/" + network.id());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Undergrupper")).click();
        assertThat(page.locator("h1")).hasText("Undergrupper");
        fitsAndPassesAxe();

        page.getByLabel("Antal", new Page.GetByLabelOptions().setExact(true)).fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gör ett förslag")).click();
        assertThat(page.locator(".field-error").first()).hasText("Skriv ett heltal, till exempel 6.");
        fitsAndPassesAxe();

        page.getByLabel("Storlek: invånare").check();
        page.getByLabel("Antal grupper").check();
        page.getByLabel("Antal", new Page.GetByLabelOptions().setExact(true)).fill("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gör ett förslag")).click();
        assertThat(page.locator("h1")).hasText("Förslag till undergrupper");
        assertThat(page.getByText("2 grupper efter storlek", new Page.GetByTextOptions().setExact(false))).isVisible();
        fitsAndPassesAxe();

        String largest = page.locator("h3").last().textContent().strip();
        page.getByLabel("Deltagare", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel(small.name() + ", Ydre"));
        page.locator("#grupp-deltagare").selectOption(new SelectOption().setLabel(largest));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Flytta deltagaren")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Flyttningen är gjord.");
        assertThat(page.locator("section").filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(largest))))).containsText(small.name());

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekräfta grupperna")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Undergrupperna är bekräftade och gäller från nu.");
        fitsAndPassesAxe();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(largest)).click();
        assertThat(page.locator("h1")).hasText(largest);
        assertThat(page.locator("table")).containsText(small.name());
        fitsAndPassesAxe();

        // the group's own page in the room, and a thread started in it
        open("/rum/" + network.id());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(largest).setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Gruppen " + largest);
        assertThat(page.locator("#gruppens-medlemmar + p + ul")).containsText(small.name());
        fitsAndPassesAxe();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Starta en tråd i gruppen")).click();
        page.getByLabel("Rubrik").fill("Gruppens första tråd");
        page.getByLabel("Inlägg").fill("Välkomna till gruppen!");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Starta tråden")).click();
        assertThat(page.locator("h1")).hasText("Gruppens första tråd");
        open("/rum/" + network.id());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(largest).setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Gruppen " + largest);
        assertThat(page.locator("#gruppens-tradar ~ ul").first()).containsText("Gruppens första tråd");
        fitsAndPassesAxe();
    }

    private void fitsAndPassesAxe() {
        assertThat(scrollsSideways()).as("scrolls sideways at 320 px on " + page.url()).isFalse();
        assertNoAccessibilityViolations();
    }

    private Registration seat(TestSeats seats, Network network, String kommun) {
        long organisation = jdbc.sql("SELECT id FROM organisation WHERE name = :name AND type = 'MUNICIPALITY'").param("name", kommun)
                .query(Long.class).single();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        return seats.seat(network, organisation, marker + "@example.org", "Person " + marker);
    }
}
