package se.arena.insight.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import se.arena.StatementCounter;
import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.privacy.Actor;
import se.arena.registration.Registration;
import se.arena.registration.Registrations;
import se.arena.registration.TestNetworks;
import se.arena.registration.TestSeats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.arena.identity.TestSignIn.as;

/**
 * The coverage map draws every kommun of the reference data and colours each by its
 * organisation's seats in the network and year chosen, with the same facts in its tables.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class CoverageMapTest {

    private static final Pattern PATH = Pattern.compile("<path\\s([^>]*)>");

    @Autowired
    MockMvc mvc;

    @Autowired
    NetworkAdministration administration;

    @Autowired
    NetworkCatalogue catalogue;

    @Autowired
    Registrations registrations;

    @Autowired
    JdbcClient jdbc;

    private final SignedInUser staff = new SignedInUser(990_731, "karta@example.org", "Handläggare", Set.of(Role.STAFF),
            Set.of(), Instant.now());

    private Network network;
    private Registration stockholm;

    /**
     * A network of two seats in all (2027–2030, registering in 2026): Stockholm holds one,
     * Upplands Väsby had one and cancelled it, Karlskoga took the freed seat and Örebro waits.
     */
    @BeforeEach
    void scenario() {
        network = new TestNetworks(administration, catalogue).open(null, 2, "");
        TestSeats seats = new TestSeats(registrations);
        stockholm = seats.seat(network, organisation("0180"), unique("stockholm"), "Stina Stockholm");
        Registration vasby = seats.seat(network, organisation("0114"), unique("vasby"), "Vera Väsby");
        registrations.cancelByStaff(network, vasby, Actor.system());
        seats.seat(network, organisation("1883"), unique("karlskoga"), "Karl Karlskoga");
        seats.waitlisted(network, organisation("1880"), unique("orebro"), "Örjan Örebro");
    }

    @Test
    void theMapDrawsEveryKommunOfTheReferenceDataOnceWithItsCodeAsId() throws Exception {
        List<Area> areas = areas(page("/admin/karta"));

        assertThat(areas).extracting(Area::id).containsExactlyInAnyOrderElementsOf(
                referenceCodes().stream().map(code -> "k" + code).toList());
        assertThat(areas).hasSize(290);
    }

    @Test
    void eachKommunIsColouredAndListedByItsOrganisationsSeatInTheNetworkAndYear() throws Exception {
        String html = page("/admin/karta?natverk=" + network.id() + "&ar=2027");
        List<Area> areas = areas(html);

        assertThat(area(areas, "k0180")).isEqualTo(new Area("k0180", "Stockholm: bekräftad plats",
                "shaded-map-area shaded-map-area--bekraftad"));
        assertThat(area(areas, "k1883").label()).isEqualTo("Karlskoga: bekräftad plats");
        assertThat(area(areas, "k1880")).isEqualTo(new Area("k1880", "Örebro: väntelista",
                "shaded-map-area shaded-map-area--vantelista"));
        assertThat(area(areas, "k0114").label()).isEqualTo("Upplands Väsby: tidigare deltagare");
        assertThat(areas).filteredOn(area -> area.label().endsWith(": deltar inte")).hasSize(290 - 4);

        String text = flat(html);
        assertThat(text).contains("<td data-label=\"Kommun\">Stockholm</td> <td data-label=\"Län\">Stockholms län</td>"
                        + " <td data-label=\"Deltagande\">Bekräftad plats</td>")
                .contains("<td data-label=\"Kommun\">Örebro</td> <td data-label=\"Län\">Örebro län</td>"
                        + " <td data-label=\"Deltagande\">Väntelista</td>")
                .contains("<td data-label=\"Kommun\">Upplands Väsby</td> <td data-label=\"Län\">Stockholms län</td>"
                        + " <td data-label=\"Deltagande\">Tidigare deltagare</td>")
                .contains(countyRow("Stockholms län", 1, 0, 1, 24))
                .contains(countyRow("Örebro län", 1, 1, 0, 10))
                .contains(countyRow("Gotlands län", 0, 0, 0, 1))
                .contains("<span>Region Stockholm: deltar inte</span>")
                .contains("Visar " + network.title() + ", deltagarår 2027.");
    }

    @Test
    void theYearChoosesTheSeatsThatCountAndYearsOutsideTheNetworkAreRefused() throws Exception {
        // Stockholm declined the years from 2029 in a re-confirmation round
        jdbc.sql("UPDATE seat_year SET status = 'DECLINED' WHERE registration_id = :id AND period_year >= 2029")
                .param("id", stockholm.id()).update();

        assertThat(area(areas(page("/admin/karta?natverk=" + network.id() + "&ar=2028")), "k0180").label())
                .isEqualTo("Stockholm: bekräftad plats");
        assertThat(area(areas(page("/admin/karta?natverk=" + network.id() + "&ar=2029")), "k0180").label())
                .isEqualTo("Stockholm: tidigare deltagare");

        String outside = page("/admin/karta?natverk=" + network.id() + "&ar=2031");
        assertThat(outside).contains("Välj ett år i listan.").contains("Visar " + network.title() + ", deltagarår 2027.");
        assertThat(page("/admin/karta?natverk=abc")).contains("Välj ett nätverk i listan.").contains("Visar alla nätverk");
    }

    @Test
    void withoutANetworkEveryNetworksSeatsCount() throws Exception {
        List<Area> areas = areas(page("/admin/karta?ar=2027"));

        assertThat(area(areas, "k0180").label()).isEqualTo("Stockholm: bekräftad plats");
        assertThat(area(areas, "k1883").label()).isEqualTo("Karlskoga: bekräftad plats");
    }

    @Test
    void theMapIsAlsoAWellFormedSvgImageForTheStartPageAndTheNetworksPage() throws Exception {
        String svg = mvc.perform(get("/admin/karta/karta.svg?natverk=" + network.id() + "&ar=2027").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document image = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertThat(image.getDocumentElement().getLocalName()).isEqualTo("svg");
        NodeList paths = image.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path");
        assertThat(paths.getLength()).isEqualTo(290);
        assertThat(area(areas(svg), "k0180").label()).isEqualTo("Stockholm: bekräftad plats");
        assertThat(svg).contains("fill=\"" + CoverageStatus.CONFIRMED.category().fill() + "\"").doesNotContain("<script");

        assertThat(page("/admin")).contains("src=\"/admin/karta/karta.svg\"");
        assertThat(page("/admin/natverk/" + network.id())).contains("src=\"/admin/karta/karta.svg?natverk=" + network.id() + "\"");
    }

    @Test
    void onlyStaffOpenTheMap() throws Exception {
        SignedInUser coordinator = new SignedInUser(990_732, unique("samordnare"), "Sam Samordnare", Set.of(Role.COORDINATOR),
                Set.of(organisation("0180")), Instant.now());
        mvc.perform(get("/admin/karta").with(as(coordinator))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/karta/karta.svg").with(as(coordinator))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/karta")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theMapCostsTheSameStatementsWhateverTheNumberOfSeats() throws Exception {
        String map = "/admin/karta?natverk=" + network.id();
        int withFew = StatementCounter.count(() -> page(map));
        assertThat(withFew).as("statements counted").isPositive();

        TestSeats seats = new TestSeats(registrations);
        Network wide = new TestNetworks(administration, catalogue).open(null, null, "");
        for (String code : List.of("0114", "0115", "0117", "0120", "0123", "0125", "0126", "0127")) {
            seats.seat(wide, organisation(code), unique("bred-" + code), "Bredd " + code);
        }

        assertThat(StatementCounter.count(() -> page(map))).isEqualTo(withFew);
        assertThat(StatementCounter.count(() -> page("/admin/karta?natverk=" + wide.id()))).isEqualTo(withFew);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(as(staff))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long organisation(String code) {
        return jdbc.sql("SELECT id FROM organisation WHERE type = 'MUNICIPALITY' AND code = :code").param("code", code)
                .query(Long.class).single();
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static String countyRow(String county, int confirmed, int waitlisted, int former, int none) {
        return "<td data-label=\"Län\">" + county + "</td> <td data-label=\"Bekräftad plats\" class=\"number\">" + confirmed
                + "</td> <td data-label=\"Väntelista\" class=\"number\">" + waitlisted
                + "</td> <td data-label=\"Tidigare deltagare\" class=\"number\">" + former
                + "</td> <td data-label=\"Deltar inte\" class=\"number\">" + none + "</td>";
    }

    private static String flat(String html) {
        return html.replaceAll("\\s+", " ");
    }

    private static List<Area> areas(String html) {
        List<Area> areas = new ArrayList<>();
        Matcher matcher = PATH.matcher(html);
        while (matcher.find()) {
            String attributes = matcher.group(1);
            areas.add(new Area(attribute(attributes, "id"), attribute(attributes, "aria-label"), attribute(attributes, "class")));
        }
        return areas;
    }

    private static String attribute(String attributes, String name) {
        Matcher value = Pattern.compile("(?:^|\\s)" + name + "=\"([^\"]*)\"").matcher(attributes);
        return value.find() ? value.group(1) : null;
    }

    private static Area area(List<Area> areas, String id) {
        return areas.stream().filter(area -> area.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> referenceCodes() throws IOException {
        try (InputStream csv = CoverageMapTest.class.getResourceAsStream("/se/arena/organisation/municipalities.csv")) {
            return new String(csv.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(line -> line.substring(0, line.indexOf(','))).toList();
        }
    }

    private record Area(String id, String label, String cssClass) {
    }
}
