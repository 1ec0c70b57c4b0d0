package se.arena.insight.map;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.arena.BrowserTestSupport;
import se.arena.identity.Role;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.registration.Registrations;
import se.arena.registration.TestNetworks;
import se.arena.registration.TestSeats;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member on a 320 pixel wide screen goes from a network's page to its coverage map,
 * chooses a year, and reaches a kommun with the keyboard, which then says its name and status;
 * axe-core scans the page.
 */
class CoverageMapBrowserTest extends BrowserTestSupport {

    @Autowired
    NetworkAdministration administration;

    @Autowired
    NetworkCatalogue catalogue;

    @Autowired
    Registrations registrations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void staffOpenANetworksMapAndReachAKommunWithTheKeyboardOnANarrowScreen() {
        Network network = new TestNetworks(administration, catalogue).open(null, null, "");
        long arboga = jdbc.sql("SELECT id FROM organisation WHERE type = 'MUNICIPALITY' AND code = '1984'").query(Long.class).single();
        new TestSeats(registrations).seat(network, arboga, "arboga-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org",
                "Anna Arboga");
        page.setViewportSize(320, 640);
        signInAsStaff(Role.STAFF);

        open("/admin/natverk/" + network.id());
        Locator preview = page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                .setName("Karta över Sveriges kommuner färgade efter deltagande i nätverket"));
        assertThat(preview).isVisible();
        assertThat((Boolean) preview.evaluate("image => image.complete && image.naturalWidth > 0")).as("the map image loaded").isTrue();
        assertThat(scrollsSideways()).isFalse();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Öppna täckningskartan")).click();
        assertThat(page.locator("h1")).hasText("Täckningskarta");
        assertThat(page.getByLabel("Nätverk", new Page.GetByLabelOptions().setExact(true))).hasValue(Long.toString(network.id()));

        page.getByLabel("Deltagarår").selectOption("2028");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Visa")).click();
        assertThat(page.getByText("Visar " + network.title() + ", deltagarår 2028.")).isVisible();
        assertThat(page.locator("svg path")).hasCount(290);
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Teckenförklaring")).getByRole(AriaRole.LISTITEM))
                .hasCount(4);

        tabTo("k1984");
        assertThat(page.locator("[data-map-caption]")).hasText("Arboga: bekräftad plats");
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Arboga: bekräftad plats"))).isFocused();
        assertThat(page.locator("#rad-k1984 td")).hasText(new String[] {"Arboga", "Västmanlands län", "Bekräftad plats"});
        assertThat(scrollsSideways()).isFalse();
        assertNoAccessibilityViolations();
    }
}
