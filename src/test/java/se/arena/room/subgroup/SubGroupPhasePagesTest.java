package se.arena.room.subgroup;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.identity.TestSignIn;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.registration.Phase;
import se.arena.registration.Registration;
import se.arena.registration.Registrations;
import se.arena.registration.TestNetworks;
import se.arena.registration.TestSeats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sub-groups by the phase the registrants gave: offered only where the registration asks it. */
@SpringBootTest
@AutoConfigureMockMvc
class SubGroupPhasePagesTest {

    private static final SignedInUser STAFF = TestSignIn.user(990_902, Role.STAFF, Set.of());

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

    @Test
    void byPhaseAnOrganisationGoesWithWhatMostOfItsPeopleSaidAndTheUnansweredAreKeptApart() throws Exception {
        Network network = new TestNetworks(administration, catalogue).openAskingPhase();
        // Kiruna's two disagree: a tie, so the first to register decides; Malmö's two agree; Lund did not answer
        Registration kiruna = seat(network, "Kiruna", Phase.ESTABLISHED);
        seat(network, "Kiruna", Phase.STARTING);
        Registration malmö = seat(network, "Malmö", Phase.STARTING);
        seat(network, "Malmö", Phase.STARTING);
        Registration lund = seat(network, "Lund", null);
        String base = "/admin/natverk/" + network.id() + "/undergrupper";
        mvc.perform(get(base).with(TestSignIn.as(STAFF))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Fas i arbetet: enligt svaren vid anmälan"),
                        not(containsString("grouping-PHASE-hjalp")))));

        mvc.perform(post(base + "/forslag").with(csrf()).with(TestSignIn.as(STAFF))
                        .param("grouping", "PHASE").param("measure", "storlek").param("number", "10"))
                .andExpect(redirectedUrl(base + "/forslag"));
        long division = jdbc.sql("SELECT id FROM room_subgroup_division WHERE network_id = :network AND status = 'PROPOSED'")
                .param("network", network.id()).query(Long.class).single();
        assertThat(groupName(division, kiruna)).isEqualTo(Phase.ESTABLISHED.label());
        assertThat(groupName(division, malmö)).isEqualTo(Phase.STARTING.label());
        assertThat(groupName(division, lund)).isEqualTo("Fas okänd");
        mvc.perform(get(base + "/forslag").with(TestSignIn.as(STAFF)))
                .andExpect(content().string(containsString("3 grupper efter fas")));
    }

    @Test
    void whereTheRegistrationDoesNotAskPhaseIsShownDisabledAndRefused() throws Exception {
        Network network = new TestNetworks(administration, catalogue).open(3, null, "");
        seat(network, "Umeå", null);
        String base = "/admin/natverk/" + network.id() + "/undergrupper";
        String page = mvc.perform(get(base).with(TestSignIn.as(STAFF))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"grouping-PHASE\" value=\"PHASE\" aria-describedby=\"grouping-PHASE-hjalp\" disabled")
                .contains("id=\"grouping-PHASE-hjalp\">Nätverket frågar inte om fas vid anmälan. Slå på frågan i nätverkets inställningar.</p>");
        mvc.perform(post(base + "/forslag").with(csrf()).with(TestSignIn.as(STAFF))
                        .param("grouping", "PHASE").param("measure", "grupper").param("number", "2"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"grouping-fel\""),
                        containsString("Nätverket frågar inte om fas vid anmälan. Välj en annan grund för grupperna."))));
        assertThat(jdbc.sql("SELECT count(*) FROM room_subgroup_division WHERE network_id = :network")
                .param("network", network.id()).query(Long.class).single()).isZero();
    }

    private String groupName(long division, Registration registration) {
        return jdbc.sql("""
                SELECT g.name FROM room_subgroup_member m JOIN room_subgroup g ON g.id = m.subgroup_id
                WHERE m.division_id = :division AND m.registration_id = :registration
                """).param("division", division).param("registration", registration.id()).query(String.class).single();
    }

    private Registration seat(Network network, String kommun, Phase phase) {
        long organisation = jdbc.sql("SELECT id FROM organisation WHERE name = :name AND type = 'MUNICIPALITY'").param("name", kommun)
                .query(Long.class).single();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        return new TestSeats(registrations).seat(network, organisation, marker + "@example.org", kommun + "bo " + marker, phase);
    }
}
