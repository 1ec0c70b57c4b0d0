package se.arena.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.arena.identity.Mailbox;
import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.arena.identity.TestSignIn.as;

@SpringBootTest
@AutoConfigureMockMvc
class AppointmentPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    NetworkAdministration administration;

    @Autowired
    NetworkCatalogue catalogue;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void coordinatorAppointsTwoRepresentativesWithTheDecisionBehindIt() throws Exception {
        Network network = new TestNetworks(administration, catalogue).open(2, null, "");
        long karlskoga = organisation("Karlskoga");
        String first = email();
        String second = email();
        mvc.perform(post("/organisation/" + karlskoga + "/utse").with(as(coordinatorOf(karlskoga))).with(csrf())
                        .param("networkId", Long.toString(network.id())).param("decidedBy", "Kommunstyrelsen")
                        .param("decidedOn", LocalDate.now().minusDays(3).toString()).param("reference", "KS 2027/123")
                        .param("name0", "Eva Ordförande").param("title0", "Kommunstyrelsens ordförande").param("email0", first)
                        .param("kind0", "ELECTED_OFFICIAL")
                        .param("name1", "Olof Oppositionsråd").param("email1", second).param("kind1", "ELECTED_OFFICIAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Representanterna är utsedda"),
                        containsString("Eva Ordförande: Bekräftad"), containsString("Olof Oppositionsråd: Bekräftad"))));

        assertThat(jdbc.sql("""
                SELECT count(*) FROM registration r JOIN appointment a ON a.id = r.appointment_id
                WHERE r.network_id = :network AND a.reference = 'KS 2027/123' AND a.decided_by = 'Kommunstyrelsen'
                """).param("network", network.id()).query(Long.class).single()).isEqualTo(2);
        assertThat(new Mailbox(jdbc).countTo(first)).isEqualTo(1);
        assertThat(new Mailbox(jdbc).countTo(second)).isEqualTo(1);
    }

    @Test
    void invalidDecisionIsExplainedAndEverythingTypedIsKept() throws Exception {
        Network network = new TestNetworks(administration, catalogue).open(2, null, "");
        long karlskoga = organisation("Karlskoga");
        mvc.perform(post("/organisation/" + karlskoga + "/utse").with(as(coordinatorOf(karlskoga))).with(csrf())
                        .param("networkId", Long.toString(network.id())).param("decidedBy", "Kommunstyrelsen")
                        .param("decidedOn", LocalDate.now().plusDays(5).toString()).param("reference", "")
                        .param("name0", "Eva Ordförande").param("email0", "eva@"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("kan inte ligga i framtiden"),
                        containsString("Skriv diarienummer"), containsString("Skriv representantens e-postadress"),
                        containsString("value=\"Eva Ordförande\""), containsString("value=\"eva@\""))));
    }

    @Test
    void aCoordinatorCannotAppointForAnotherOrganisation() throws Exception {
        long karlskoga = organisation("Karlskoga");
        long kiruna = organisation("Kiruna");
        mvc.perform(get("/organisation/" + karlskoga + "/utse").with(as(coordinatorOf(kiruna)))).andExpect(status().isForbidden());
        mvc.perform(get("/organisation/" + karlskoga + "/utse").with(as(coordinatorOf(karlskoga)))).andExpect(status().isOk());
    }

    private static SignedInUser coordinatorOf(long organisationId) {
        return new SignedInUser(990200 + organisationId, "samordnare@example.org", "Samordnare", Set.of(Role.COORDINATOR),
                Set.of(organisationId), Instant.now());
    }

    private long organisation(String name) {
        return organisations.search(OrganisationFilter.of(name, null, "MUNICIPALITY"), 1, 1).items().getFirst().id();
    }

    private static String email() {
        return "utsedd-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
