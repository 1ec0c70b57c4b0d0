package se.arena.room.document;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.arena.BrowserTestSupport;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.registration.Registrations;
import se.arena.registration.TestNetworks;
import se.arena.registration.TestSeats;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seat holder on a 320 pixel wide screen uploads a file that is not what its name says, is told
 * so at the file field, then uploads a real one and finds it in the room's list, with an axe-core
 * scan of every page on the way.
 */
class RoomDocumentsBrowserTest extends BrowserTestSupport {

    @Autowired
    NetworkAdministration administration;

    @Autowired
    NetworkCatalogue catalogue;

    @Autowired
    Registrations registrations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSeatHolderUploadsADocumentAndFindsItInTheListOnANarrowScreen() throws Exception {
        Network network = new TestNetworks(administration, catalogue).open(3, null, "");
        String email = "dokument-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long organisation = jdbc.sql("SELECT id FROM organisation WHERE name = 'Ydre' AND type = 'MUNICIPALITY'").query(Long.class).single();
        new TestSeats(registrations).seat(network, organisation, email, "Dora Dokument");
        Path folder = Files.createTempDirectory("room-documents");
        Path fake = Files.writeString(folder.resolve("inbjudan.pdf"), "<html><body>Ingen PDF</body></html>");
        Path notes = Files.write(folder.resolve("anteckningar.txt"), "Anteckningar från träffen\n".getBytes(StandardCharsets.UTF_8));
        page.setViewportSize(320, 640);
        signInByEmailedLink(email);

        open("/rum/" + network.id());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dokument").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Dokument");
        fitsAndPassesAxe();

        page.getByLabel("Fil", new Page.GetByLabelOptions().setExact(true)).setInputFiles(fake);
        page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(false)).fill("Inbjudan till hösten");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ladda upp").setExact(true)).click();
        assertThat(page.locator("#file-fel")).containsText("Filen är inte en riktig PDF");
        assertThat(page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(false))).hasValue("Inbjudan till hösten");
        fitsAndPassesAxe();

        page.getByLabel("Fil", new Page.GetByLabelOptions().setExact(true)).setInputFiles(notes);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ladda upp").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Inbjudan till hösten");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ladda ner anteckningar.txt"))).isVisible();
        fitsAndPassesAxe();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alla dokument")).click();
        assertThat(page.locator(".card")).containsText("anteckningar.txt");
        fitsAndPassesAxe();
    }

    private void fitsAndPassesAxe() {
        assertThat(scrollsSideways()).as("scrolls sideways at 320 px on " + page.url()).isFalse();
        assertNoAccessibilityViolations();
    }
}
