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
import se.arena.identity.TestSignIn;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a stranger can put in a mail that goes to someone else: no text they typed for the
 * recipient, and names only as words, never a link, address or number.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegistrationMailContentTest {

    private static final String SPAM_NAME = "Vinn pengar på www.spam.example 0701234567";

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
    void aSeatOfferGreetsWithoutTheTypedNameAndNamesTheHolderWithoutLinksOrNumbers() throws Exception {
        Network network = networks().open(2, null, "");
        String holder = email();
        new PublicForm(mvc, jdbc).registerAndConfirm(network, holder, karlskoga(), key(), SPAM_NAME);
        String manageLink = new Mailbox(jdbc).latestLinkPathTo(holder, "/anmalan/");
        String colleague = email();
        mvc.perform(post(manageLink + "/overlat").with(csrf()).param("colleagueName", "Klicka https://spam.example/x")
                .param("colleagueEmail", colleague)).andExpect(redirectedUrl(manageLink));

        assertThat(new Mailbox(jdbc).latestTextTo(colleague)).hasValueSatisfying(text -> assertThat(text)
                .contains("Hej!", "Vinn pengar på vill lämna över sin plats")
                .doesNotContain("spam.example", "0701234567", "Klicka"));
    }

    @Test
    void theConfirmationLinkMailCarriesNothingTypedOnTheForm() throws Exception {
        Network network = networks().open(2, null, "");
        String target = email();
        mvc.perform(PublicForm.submit(network, target, karlskoga(), key(), "Köp klockor hos Klockkungen")
                .param("title", "Rea").param("address", "www.spam.example")).andExpect(status().is3xxRedirection());
        assertThat(new Mailbox(jdbc).latestTextTo(target)).hasValueSatisfying(text -> assertThat(text)
                .contains("Hej!", network.title(), "/anmalan/bekrafta/")
                .doesNotContain("Klock", "Rea", "spam.example"));
    }

    @Test
    void theCoordinatorsLearnTheNameAndTitleWithoutLinksOrNumbers() throws Exception {
        Network network = networks().open(2, null, "");
        String coordinator = new TestCoordinators(jdbc).create(karlskoga());
        String person = email();
        mvc.perform(PublicForm.submit(network, person, karlskoga(), key(), "Eva Ek www.spam.example")
                .param("title", "Chef, se spam.example eller ring 08-123 45 67"));
        new PublicForm(mvc, jdbc).confirm(person);
        assertThat(new Mailbox(jdbc).latestTextTo(coordinator)).hasValueSatisfying(text -> assertThat(text)
                .contains("Eva Ek, Chef, se eller ring").doesNotContain("spam.example", "08-123"));
    }

    @Test
    void anAppointedPersonIsGreetedWithoutTheLinksTheCoordinatorTyped() throws Exception {
        Network network = networks().open(2, null, "");
        String person = email();
        mvc.perform(post("/organisation/" + karlskoga() + "/utse").with(TestSignIn.as(TestSignIn.user(900_301, Role.COORDINATOR,
                        Set.of(karlskoga())))).with(csrf()).param("submissionKey", SecretTokens.newToken())
                .param("networkId", Long.toString(network.id())).param("decidedBy", "Kommunstyrelsen")
                .param("decidedOn", LocalDate.now().minusDays(1).toString()).param("reference", "KS 2027/5")
                .param("name0", "Eva https://spam.example/vinst").param("email0", person)).andExpect(status().isOk());
        assertThat(new Mailbox(jdbc).latestTextTo(person)).hasValueSatisfying(text -> assertThat(text)
                .contains("Hej Eva!").doesNotContain("spam.example"));
    }

    private TestNetworks networks() {
        return new TestNetworks(administration, catalogue);
    }

    private long karlskoga() {
        return organisations.search(OrganisationFilter.of("Karlskoga", null, "MUNICIPALITY"), 1, 1).items().getFirst().id();
    }

    private static String email() {
        return "innehall-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static String key() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
