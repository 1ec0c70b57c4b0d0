package se.arena.registration;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.arena.SecretTokens;
import se.arena.identity.Mailbox;
import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.identity.TestSignIn;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.arena.identity.TestSignIn.as;

/** A coordinator replaces and cancels the organisation's own people and sees the decision that appointed them. */
@SpringBootTest
@AutoConfigureMockMvc
class OrganisationPeoplePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    NetworkAdministration administration;

    @Autowired
    NetworkCatalogue catalogue;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    Registrations registrations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCoordinatorReplacesAPersonWhoseSeatPassesWhenTheNewPersonAccepts() throws Exception {
        Network network = networks().open(2, null, "");
        long karlskoga = organisation("Karlskoga");
        SignedInUser coordinator = coordinatorOf(karlskoga);
        Registration holder = new TestSeats(registrations).seat(network, karlskoga, email(), "Hanna Holder");
        String newcomer = email();
        String people = "/organisation/" + karlskoga + "/natverk";
        String replace = "/organisation/" + karlskoga + "/deltagare/" + holder.id() + "/ersatt";

        mvc.perform(get(replace).with(as(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ersätt Hanna Holder")));
        mvc.perform(post(replace).with(as(coordinator)).with(csrf()).param("name", "Nina Ny").param("email", newcomer))
                .andExpect(redirectedUrl(people))
                .andExpect(flash().attribute("message", containsString("Platsen går över när Nina Ny har tagit emot den")));

        assertThat(new Mailbox(jdbc).latestTextTo(newcomer)).hasValueSatisfying(text -> assertThat(text)
                .contains("Karlskoga vill att du tar över platsen i " + network.title(), "efter Hanna Holder"));
        assertThat(registrations.find(holder.id()).orElseThrow().status()).as("until the offer is accepted")
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(audited("SEAT_TRANSFER_OFFERED", holder.id(), coordinator)).isEqualTo(1);
        mvc.perform(get(people).with(as(coordinator)))
                .andExpect(content().string(containsString("Platsen erbjuden Nina Ny, som inte har svarat än")));

        String offer = new Mailbox(jdbc).latestLinkPathTo(newcomer, "/anmalan/overlatelse/");
        mvc.perform(post(offer).with(csrf()).param("name", "Nina Ny").param("kind", "CIVIL_SERVANT").param("consent", "on"))
                .andExpect(status().is3xxRedirection());
        assertThat(registrations.find(holder.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.TRANSFERRED);
        assertThat(registrations.allOf(network)).filteredOn(registration -> registration.email().equals(newcomer))
                .extracting(Registration::status).containsExactly(RegistrationStatus.CONFIRMED);
    }

    @Test
    void aReplacementWithoutAUsableNameOrAddressIsExplainedAndKept() throws Exception {
        Network network = networks().open(2, null, "");
        long karlskoga = organisation("Karlskoga");
        Registration holder = new TestSeats(registrations).seat(network, karlskoga, email(), "Hanna Holder");
        Registration colleague = new TestSeats(registrations).seat(network, karlskoga, email(), "Kim Kollega");
        String replace = "/organisation/" + karlskoga + "/deltagare/" + holder.id() + "/ersatt";
        String longName = "N".repeat(201);

        mvc.perform(post(replace).with(as(coordinatorOf(karlskoga))).with(csrf()).param("name", longName).param("email", "nina@"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"name-fel\">Skriv högst 200 tecken här."),
                        containsString("id=\"email-fel\">Skriv e-postadressen till den som ska ta över platsen"),
                        containsString("value=\"" + longName + "\""), containsString("value=\"nina@\""))));
        mvc.perform(post(replace).with(as(coordinatorOf(karlskoga))).with(csrf()).param("name", "Kim").param("email", colleague.email()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Den här adressen är redan anmäld till nätverket.")));
        assertThat(jdbc.sql("SELECT count(*) FROM seat_transfer WHERE registration_id = :id").param("id", holder.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aSeatIsOfferedAtMostThreeTimesAnHour() throws Exception {
        Network network = networks().open(2, null, "");
        long karlskoga = organisation("Karlskoga");
        Registration holder = new TestSeats(registrations).seat(network, karlskoga, email(), "Hanna Holder");
        String replace = "/organisation/" + karlskoga + "/deltagare/" + holder.id() + "/ersatt";
        for (int offer = 0; offer < 3; offer++) {
            mvc.perform(post(replace).with(as(coordinatorOf(karlskoga))).with(csrf()).param("name", "Nina Ny").param("email", email()))
                    .andExpect(status().is3xxRedirection());
        }
        String fourth = email();
        mvc.perform(post(replace).with(as(coordinatorOf(karlskoga))).with(csrf()).param("name", "Nina Ny").param("email", fourth))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Platsen har erbjudits flera gånger den senaste timmen")));
        assertThat(new Mailbox(jdbc).countTo(fourth)).isZero();
    }

    @Test
    void aCoordinatorCancelsAPersonAfterConfirmingIt() throws Exception {
        Network network = networks().open(1, null, "");
        long karlskoga = organisation("Karlskoga");
        SignedInUser coordinator = coordinatorOf(karlskoga);
        Registration leaving = new TestSeats(registrations).seat(network, karlskoga, email(), "Lena Lämnar");
        Registration waiting = registrations.register(network, TestNetworks.person(network, karlskoga)).registration();
        String cancel = "/organisation/" + karlskoga + "/deltagare/" + leaving.id() + "/avboka";

        mvc.perform(get(cancel).with(as(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Avboka Lena Lämnar"), containsString("Ja, avboka Lena Lämnar"))));
        assertThat(registrations.find(leaving.id()).orElseThrow().status()).as("nothing happens until confirmed")
                .isEqualTo(RegistrationStatus.CONFIRMED);
        mvc.perform(post(cancel).with(as(coordinator)).with(csrf()))
                .andExpect(flash().attribute("message", containsString("Lena Lämnar är avbokad")));
        mvc.perform(post(cancel).with(as(coordinator)).with(csrf()))
                .andExpect(flash().attribute("message", "Lena Lämnar var redan avbokad."));

        assertThat(registrations.find(leaving.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(registrations.find(waiting.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(new Mailbox(jdbc).latestTextTo(leaving.email())).hasValueSatisfying(text -> assertThat(text).contains("avbokad"));
        assertThat(audited("REGISTRATION_CANCELLED", leaving.id(), coordinator)).isEqualTo(1);
    }

    @Test
    void theDecisionThatAppointedAPersonShowsToTheCoordinatorAndToStaffAndInTheExport() throws Exception {
        Network network = networks().open(2, null, "");
        long karlskoga = organisation("Karlskoga");
        String reference = "KS " + UUID.randomUUID().toString().substring(0, 8);
        String person = email();
        LocalDate decidedOn = LocalDate.now().minusDays(3);
        mvc.perform(post("/organisation/" + karlskoga + "/utse").with(as(coordinatorOf(karlskoga))).with(csrf())
                        .param("submissionKey", SecretTokens.newToken()).param("networkId", Long.toString(network.id()))
                        .param("decidedBy", "Kommunstyrelsen").param("decidedOn", decidedOn.toString()).param("reference", reference)
                        .param("note", "Gäller hela mandatperioden").param("name0", "Eva Ordförande").param("email0", person))
                .andExpect(status().isOk());
        Registration appointed = registrations.allOf(network).getFirst();
        String label = new Appointment(network.id(), karlskoga, "Kommunstyrelsen", decidedOn, reference, null).label();

        mvc.perform(get("/organisation/" + karlskoga + "/natverk").with(as(coordinatorOf(karlskoga))))
                .andExpect(content().string(allOf(containsString(label), containsString("Gäller hela mandatperioden"))));
        SignedInUser staff = TestSignIn.user(990_811, Role.STAFF, Set.of());
        mvc.perform(get("/admin/natverk/" + network.id() + "/anmalningar/" + appointed.id()).with(as(staff)))
                .andExpect(content().string(containsString(label)));
        mvc.perform(get("/admin/natverk/" + network.id() + "/anmalningar/export").param("format", "csv").with(as(staff)))
                .andExpect(content().string(allOf(containsString("Beslutande organ;Beslutsdatum;Diarienummer"),
                        containsString("Kommunstyrelsen;" + decidedOn + ";" + reference))));
    }

    @Test
    void aCoordinatorReachesNeitherAnotherOrganisationsPagesNorItsPeopleThroughTheirOwn() throws Exception {
        Network network = networks().open(2, null, "");
        long karlskoga = organisation("Karlskoga");
        long kiruna = organisation("Kiruna");
        Registration karlskogas = new TestSeats(registrations).seat(network, karlskoga, email(), "Karl Karlskoga");
        SignedInUser kirunasCoordinator = coordinatorOf(kiruna);

        for (String path : new String[] {"/organisation/" + karlskoga + "/deltagare/" + karlskogas.id(),
                "/organisation/" + kiruna + "/deltagare/" + karlskogas.id()}) {
            mvc.perform(get(path + "/ersatt").with(as(kirunasCoordinator))).andExpect(status().isForbidden());
            mvc.perform(get(path + "/avboka").with(as(kirunasCoordinator))).andExpect(status().isForbidden());
            mvc.perform(post(path + "/avboka").with(as(kirunasCoordinator)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post(path + "/ersatt").with(as(kirunasCoordinator)).with(csrf()).param("name", "Inkräktare")
                    .param("email", email())).andExpect(status().isForbidden());
        }
        assertThat(registrations.find(karlskogas.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(jdbc.sql("SELECT count(*) FROM seat_transfer WHERE registration_id = :id").param("id", karlskogas.id())
                .query(Long.class).single()).isZero();
        // staff act for every organisation, and a person is found only under their own organisation's path
        SignedInUser staff = TestSignIn.user(990_812, Role.STAFF, Set.of());
        mvc.perform(get("/organisation/" + kiruna + "/deltagare/" + karlskogas.id() + "/avboka").with(as(staff)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/organisation/" + karlskoga + "/deltagare/" + karlskogas.id() + "/avboka").with(as(staff)))
                .andExpect(status().isOk());
    }

    private long audited(String action, long registrationId, SignedInUser actor) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = :action AND subject_id = :id AND actor_account_id = :actor")
                .param("action", action).param("id", Long.toString(registrationId)).param("actor", actor.accountId())
                .query(Long.class).single();
    }

    private TestNetworks networks() {
        return new TestNetworks(administration, catalogue);
    }

    private static SignedInUser coordinatorOf(long organisationId) {
        return TestSignIn.user(990_800 + organisationId, Role.COORDINATOR, Set.of(organisationId));
    }

    private long organisation(String name) {
        return organisations.search(OrganisationFilter.of(name, null, "MUNICIPALITY"), 1, 1).items().getFirst().id();
    }

    private static String email() {
        return "person-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
