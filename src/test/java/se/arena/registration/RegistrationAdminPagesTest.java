package se.arena.registration;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationFilter;
import se.arena.web.TableExport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.arena.identity.TestSignIn.as;

@SpringBootTest
@AutoConfigureMockMvc
class RegistrationAdminPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Registrations registrations;

    @Autowired
    NetworkAdministration administration;

    @Autowired
    NetworkCatalogue catalogue;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    JdbcClient jdbc;

    private final SignedInUser staff = new SignedInUser(990101, "handlaggare@example.org", "Handläggare",
            Set.of(Role.STAFF), Set.of(), Instant.now());

    @Test
    void staffSeeCountsFilterExportAndCancelWithPromotion() throws Exception {
        Network network = new TestNetworks(administration, catalogue).open(1, null, "");
        long karlskoga = organisation("Karlskoga");
        long kiruna = organisation("Kiruna");
        Registration first = registrations.register(network, registration(network, karlskoga, "Första Karlskoga")).registration();
        Registration second = registrations.register(network, registration(network, karlskoga, "Andra Karlskoga")).registration();
        registrations.register(network, registration(network, kiruna, "Första Kiruna"));
        assertThat(second.status()).isEqualTo(RegistrationStatus.WAITLISTED);

        String list = "/admin/natverk/" + network.id() + "/anmalningar";
        mvc.perform(get(list).with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2 av 290"), containsString("Första Kiruna"),
                        containsString("Andra Karlskoga"), containsString("Väntelista"))));
        mvc.perform(get(list).param("status", "WAITLISTED").with(as(staff)))
                .andExpect(content().string(allOf(containsString("Andra Karlskoga"), not(containsString("Första Kiruna")))));
        mvc.perform(get(list + "/export").param("format", "csv").param("q", "kiruna").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Första Kiruna"), not(containsString("Andra Karlskoga")))));

        mvc.perform(post(list + "/" + first.id() + "/avboka").with(as(staff)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(registrations.find(first.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(registrations.find(second.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'REGISTRATION_CANCELLED' AND subject_id = :id")
                .param("id", Long.toString(first.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void staffAddSomeoneAfterTheDeadline() throws Exception {
        Network network = new TestNetworks(administration, catalogue).open(2, null, java.time.LocalDate.now().minusDays(2).toString());
        String list = "/admin/natverk/" + network.id() + "/anmalningar";
        mvc.perform(post(list + "/ny").with(as(staff)).with(csrf()).param("name", "Sen Anmälan").param("email", "sen@"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Välj din kommun eller region"), containsString("value=\"sen@\""))));
        String email = "sen-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        mvc.perform(post(list + "/ny").with(as(staff)).with(csrf()).param("organisationId", Long.toString(organisation("Karlskoga")))
                        .param("name", "Sen Anmälan").param("email", email).param("kind", "CIVIL_SERVANT"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT status FROM registration WHERE email = :email").param("email", email)
                .query(String.class).single()).isEqualTo("CONFIRMED");
    }

    @Test
    void staffPromoteFromTheWaitlistOnlyWhenThereIsRoom() throws Exception {
        Network network = new TestNetworks(administration, catalogue).open(1, 2, "");
        long karlskoga = organisation("Karlskoga");
        long kiruna = organisation("Kiruna");
        Registration holder = registrations.register(network, registration(network, karlskoga, "Har platsen")).registration();
        Registration waiting = registrations.register(network, registration(network, karlskoga, "Väntar")).registration();
        String list = "/admin/natverk/" + network.id() + "/anmalningar";

        mvc.perform(post(list + "/" + waiting.id() + "/ge-plats").with(as(staff)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(registrations.find(waiting.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.WAITLISTED);

        registrations.cancel(network, holder);
        assertThat(registrations.find(waiting.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        Registration other = registrations.register(network, registration(network, kiruna, "Kiruna först")).registration();
        assertThat(other.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        Registration late = registrations.register(network, registration(network, organisation("Kalix"), "Kalix sent")).registration();
        assertThat(late.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        mvc.perform(post(list + "/" + late.id() + "/ge-plats").with(as(staff)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(registrations.find(late.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.WAITLISTED);

        // staff raise the total (as on the network form), which promotes no one by itself; now "Ge plats" works
        jdbc.sql("UPDATE network SET total_capacity = 3 WHERE id = :id").param("id", network.id()).update();
        mvc.perform(post(list + "/" + late.id() + "/ge-plats").with(as(staff)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(registrations.find(late.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'REGISTRATION_PROMOTED' AND subject_id = :id")
                .param("id", Long.toString(late.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void staffSeeOneOrganisationsRegistrationsAcrossNetworks() throws Exception {
        Network first = new TestNetworks(administration, catalogue).open(2, null, "");
        Network second = new TestNetworks(administration, catalogue).open(2, null, "");
        long kalix = organisation("Kalix");
        registrations.register(first, registration(first, kalix, "Kalix Ett"));
        registrations.register(second, registration(second, kalix, "Kalix Två"));
        mvc.perform(get("/admin/organisationer/" + kalix).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Kalix Ett"), containsString("Kalix Två"),
                        containsString(first.title()), containsString(second.title()))));
        mvc.perform(get("/admin/organisationer/99999999").with(as(staff))).andExpect(status().isNotFound());
    }

    @Test
    void staffExportOneOrganisationsRegistrationsAsThePageListsThemAndItsCoordinatorCannot() throws Exception {
        Network network = new TestNetworks(administration, catalogue).open(2, null, "");
        long kalix = organisation("Kalix");
        Registration listed = registrations.register(network, registration(network, kalix, "Kalix Export")).registration();
        String page = "/admin/organisationer/" + kalix;
        String export = page + "/anmalningar/export";

        mvc.perform(get(page).with(as(staff)))
                .andExpect(content().string(allOf(containsString("href=\"" + export + "?format=xlsx\""),
                        containsString("href=\"" + export + "?format=csv\""))));
        String csv = mvc.perform(get(export).param("format", "csv").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", containsString("anmalningar-organisation-" + kalix + "-")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\ufeffNätverk;Namn;E-post;Status\r\n")
                .contains(network.title() + ";Kalix Export;" + listed.email() + ";Bekräftad\r\n");
        byte[] xlsx = mvc.perform(get(export).param("format", "xlsx").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(TableExport.XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.getFirst().getCellText(0)).isEqualTo("Nätverk");
            assertThat(rows.getFirst().getCellText(3)).isEqualTo("Status");
            assertThat(rows).anySatisfy(row -> {
                assertThat(row.getCellText(0)).isEqualTo(network.title());
                assertThat(row.getCellText(2)).isEqualTo(listed.email());
            });
        }

        SignedInUser coordinator = new SignedInUser(990103, "kalix@example.org", "Kalix", Set.of(Role.COORDINATOR),
                Set.of(kalix), Instant.now());
        mvc.perform(get(export).param("format", "csv").with(as(coordinator))).andExpect(status().isForbidden());
        mvc.perform(get(export).param("format", "xlsx")).andExpect(redirectedUrl("/logga-in/personal"));
        mvc.perform(get("/admin/organisationer/99999999/anmalningar/export").with(as(staff))).andExpect(status().isNotFound());
    }

    @Test
    void coordinatorsCannotSeeTheStaffList() throws Exception {
        Network network = new TestNetworks(administration, catalogue).open(2, null, "");
        SignedInUser coordinator = new SignedInUser(990102, "k@example.org", "K", Set.of(Role.COORDINATOR),
                Set.of(organisation("Karlskoga")), Instant.now());
        mvc.perform(get("/admin/natverk/" + network.id() + "/anmalningar").with(as(coordinator))).andExpect(status().isForbidden());
    }

    private long organisation(String name) {
        return organisations.search(OrganisationFilter.of(name, null, "MUNICIPALITY"), 1, 1).items().getFirst().id();
    }

    private static NewRegistration registration(Network network, long organisationId, String name) {
        String unique = UUID.randomUUID().toString().substring(0, 12);
        return new NewRegistration(network.id(), organisationId, "p-" + unique + "@example.org", name, null,
                ParticipantKind.CIVIL_SERVANT, null, null, null, null, null, null, null, "admin-" + unique + "-padding-key");
    }
}
