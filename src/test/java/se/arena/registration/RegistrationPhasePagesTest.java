package se.arena.registration;

import java.time.Instant;
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
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.arena.identity.TestSignIn.as;

/** "Var står er organisation i arbetet?": asked on the public form only when the network asks it, and shown to staff. */
@SpringBootTest
@AutoConfigureMockMvc
class RegistrationPhasePagesTest {

    private static final String QUESTION = "Var står er organisation i arbetet?";

    private final SignedInUser staff = new SignedInUser(990_171, "fas-handlaggare@example.org", "Handläggare",
            Set.of(Role.STAFF), Set.of(), Instant.now());

    @Autowired
    MockMvc mvc;

    @Autowired
    NetworkAdministration administration;

    @Autowired
    NetworkCatalogue catalogue;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    SeatHolders seatHolders;

    @Autowired
    JdbcClient jdbc;

    @Test
    void whenTheNetworkAsksThePhaseIsRequiredStoredAndShownToStaff() throws Exception {
        Network network = networks().openAskingPhase();
        String form = "/natverk/" + network.slug() + "/anmalan";
        mvc.perform(get(form)).andExpect(status().isOk()).andExpect(content().string(allOf(containsString(QUESTION),
                containsString("Har inte börjat ännu"), containsString("Har påbörjat arbetet"), containsString("Har ett etablerat arbete"))));

        String email = email();
        mvc.perform(PublicForm.submit(network, email, karlskoga(), key(), "Fasa Fasson"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"phase-fel\""), containsString("Välj var er organisation står i arbetet."),
                        containsString("value=\"Fasa Fasson\""))));
        // a value that is not one of the phases is refused the same way, and the other answers are kept
        mvc.perform(PublicForm.submit(network, email, karlskoga(), key(), "Fasa Fasson").param("phase", "KLAR"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"phase-fel\""), containsString("value=\"" + email + "\""))));
        assertThat(phaseOf(network, email)).isEmpty();

        mvc.perform(PublicForm.submit(network, email, karlskoga(), key(), "Fasa Fasson").param("phase", "STARTING"))
                .andExpect(status().is3xxRedirection());
        new PublicForm(mvc, jdbc).confirm(email);
        assertThat(phaseOf(network, email)).containsExactly("STARTING");
        assertThat(seatHolders.holdersOf(network.id())).extracting(SeatHolders.Seat::phase).containsExactly(Phase.STARTING);

        String list = "/admin/natverk/" + network.id() + "/anmalningar";
        mvc.perform(get(list).with(as(staff))).andExpect(content().string(allOf(containsString("<th scope=\"col\">Fas</th>"),
                containsString("<td data-label=\"Fas\">Har påbörjat arbetet</td>"))));
        mvc.perform(get(list + "/export").param("format", "csv").with(as(staff)))
                .andExpect(content().string(allOf(containsString(";Önskat datum;Fas;"), containsString(";Har påbörjat arbetet;"))));
        long id = registrationId(network, email);
        mvc.perform(get(list + "/" + id).with(as(staff)))
                .andExpect(content().string(containsString("<dt>Fas i arbetet</dt>")))
                .andExpect(content().string(containsString("Har påbörjat arbetet")));
    }

    @Test
    void staffAddingSomeoneByHandMayLeaveThePhaseEmptyOrGiveIt() throws Exception {
        Network network = networks().openAskingPhase();
        String list = "/admin/natverk/" + network.id() + "/anmalningar";
        mvc.perform(get(list).with(as(staff))).andExpect(content().string(containsString("Var står organisationen i arbetet? (valfritt)")));
        String without = email();
        String with = email();
        mvc.perform(post(list + "/ny").with(csrf()).with(as(staff)).param("organisationId", Long.toString(karlskoga()))
                .param("name", "Utan Svar").param("kind", "CIVIL_SERVANT").param("email", without).param("phase", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(list + "/ny").with(csrf()).with(as(staff)).param("organisationId", Long.toString(karlskoga()))
                .param("name", "Med Svar").param("kind", "CIVIL_SERVANT").param("email", with).param("phase", "ESTABLISHED"))
                .andExpect(status().is3xxRedirection());
        assertThat(phaseOf(network, without)).containsExactly((String) null);
        assertThat(phaseOf(network, with)).containsExactly("ESTABLISHED");
    }

    @Test
    void whenTheNetworkDoesNotAskTheFormIsUnchangedAndAnAnswerIsNotTaken() throws Exception {
        Network network = networks().open(2, null, "");
        assertThat(network.asksPhase()).isFalse();
        mvc.perform(get("/natverk/" + network.slug() + "/anmalan"))
                .andExpect(content().string(allOf(not(containsString(QUESTION)), not(containsString("name=\"phase\"")))));
        String email = email();
        mvc.perform(PublicForm.submit(network, email, karlskoga(), key(), "Utan Fas").param("phase", "STARTING"))
                .andExpect(status().is3xxRedirection());
        assertThat(phaseOf(network, email)).containsExactly((String) null);
        mvc.perform(get("/admin/natverk/" + network.id() + "/anmalningar").with(as(staff)))
                .andExpect(content().string(not(containsString("<th scope=\"col\">Fas</th>"))));
    }

    private java.util.List<String> phaseOf(Network network, String email) {
        return jdbc.sql("SELECT phase FROM registration WHERE network_id = :id AND email = :email")
                .param("id", network.id()).param("email", email).query(String.class).list();
    }

    private long registrationId(Network network, String email) {
        return jdbc.sql("SELECT id FROM registration WHERE network_id = :id AND email = :email")
                .param("id", network.id()).param("email", email).query(Long.class).single();
    }

    private TestNetworks networks() {
        return new TestNetworks(administration, catalogue);
    }

    private long karlskoga() {
        return organisations.search(OrganisationFilter.of("Karlskoga", null, "MUNICIPALITY"), 1, 1).items().getFirst().id();
    }

    private static String email() {
        return "fas-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static String key() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
