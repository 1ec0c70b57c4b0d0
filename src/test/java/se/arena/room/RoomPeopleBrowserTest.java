package se.arena.room;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.arena.BrowserTestSupport;
import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
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
 * Staff on a 320 pixel wide screen filter the room's people by county, search the room and meet
 * the settings form's message, with an axe-core scan of each page: the forms work without JavaScript.
 */
class RoomPeopleBrowserTest extends BrowserTestSupport {

    @Autowired
    NetworkAdministration administration;

    @Autowired
    NetworkCatalogue catalogue;

    @Autowired
    Registrations registrations;

    @Autowired
    RoomAccess access;

    @Autowired
    Rooms rooms;

    @Autowired
    JdbcClient jdbc;

    @Test
    void staffFilterThePeopleByCountyAndFindAPostOnANarrowScreen() {
        Network network = new TestNetworks(administration, catalogue).open(null, null, "");
        TestSeats seats = new TestSeats(registrations);
        Registration north = seat(seats, network, "Kiruna");
        Registration south = seat(seats, network, "Ystad");
        SignedInUser holder = new SignedInUser(970_600_000L + (UUID.randomUUID().getMostSignificantBits() & 0xFFFF), north.email(),
                north.name(), java.util.Set.of(Role.PARTICIPANT), java.util.Set.of(), java.time.Instant.now());
        RoomMember author = access.member(network.id(), holder).orElseThrow();
        rooms.startThread(author, "Lokaler för mötet", "Vi kan låna stadshusets stora sal i Kiruna för nätverksträffen.", RoomScenario.key());
        page.setViewportSize(320, 640);
        signInAsStaff(Role.STAFF);

        open("/rum/" + network.id());
        fitsAndPassesAxe();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Personer")).click();
        assertThat(page.locator("h1")).hasText("Personer i rummet");
        page.getByLabel("Län").selectOption(new SelectOption().setLabel("Skåne län"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Visa")).click();
        assertThat(page.getByText("1 person av 2 i rummet")).isVisible();
        assertThat(page.locator(".contacts")).containsText(south.name());
        assertThat(page.locator(".contacts")).not().containsText(north.name());
        assertThat(page.locator(".contacts")).containsText(south.email());
        fitsAndPassesAxe();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sök").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Sök i rummet");
        fitsAndPassesAxe();
        page.getByLabel("Sök i trådar, inlägg och dokument").fill("stadshusets");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sök").setExact(true)).click();
        assertThat(page.getByText("1 träff", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.locator("ol.questions")).containsText("Vi kan låna stadshusets stora sal");
        fitsAndPassesAxe();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lokaler för mötet")).click();
        assertThat(page.locator("h1")).hasText("Lokaler för mötet");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inställningar")).click();
        page.getByLabel("Mitt telefonnummer").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara")).last().click();
        assertThat(page.locator("#phone-fel")).hasText("Skriv det telefonnummer du vill visa, eller välj att inte visa något telefonnummer.");
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
