package se.arena.registration;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.arena.identity.Role;
import se.arena.identity.TestSignIn;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationFilter;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The JSON API, documented with OpenAPI, behind the same rules as the pages. */
@SpringBootTest
@AutoConfigureMockMvc
class RegistrationApiTest {

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

    @Test
    void networksArePublicJson() throws Exception {
        mvc.perform(get("/api/v1/networks").param("openOnly", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].slug", hasItem("samverkan-civilsamhallet-2027-2030")))
                .andExpect(jsonPath("$[?(@.slug == 'samverkan-civilsamhallet-2027-2030')].feePerYearOre", hasItem(90000)));
    }

    @Test
    void registrationsAreForStaffOnly() throws Exception {
        Network network = new TestNetworks(administration, catalogue).open(2, null, "");
        long karlskoga = organisations.search(OrganisationFilter.of("Karlskoga", null, "MUNICIPALITY"), 1, 1).items().getFirst().id();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        registrations.register(network, new NewRegistration(network.id(), karlskoga, "api-" + unique + "@example.org",
                "Api Person", null, ParticipantKind.CIVIL_SERVANT, null, null, null, null, null, null, null, "api-" + unique + "-padding-key"));
        String url = "/api/v1/networks/" + network.id() + "/registrations";

        mvc.perform(get(url)).andExpect(status().isUnauthorized());
        mvc.perform(get(url).with(TestSignIn.as(TestSignIn.user(990300, Role.COORDINATOR, Set.of(karlskoga))))).andExpect(status().isForbidden());
        mvc.perform(get(url).with(TestSignIn.as(TestSignIn.user(990301, Role.STAFF, Set.of()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("Api Person"))
                .andExpect(jsonPath("$[0].status").value("CONFIRMED"));
    }

    @Test
    void theApiIsDescribedWithOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/api/v1/networks"),
                        containsString("/api/v1/networks/{networkId}/registrations"))));
    }
}
