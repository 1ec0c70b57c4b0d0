package se.arena.registration;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.arena.identity.Mailbox;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class RegistrationPagesTest {

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
    void registrationGivesASeatAReceiptAndOneConfirmationEvenWhenSubmittedTwice() throws Exception {
        Network network = networks().open(2, null, "");
        String email = email();
        String key = key();
        mvc.perform(valid(network, email, karlskoga(), key))
                .andExpect(redirectedUrl("/natverk/" + network.slug() + "/anmalan/kvitto/" + key));
        mvc.perform(valid(network, email, karlskoga(), key))
                .andExpect(redirectedUrl("/natverk/" + network.slug() + "/anmalan/kvitto/" + key));

        mvc.perform(get("/natverk/" + network.slug() + "/anmalan/kvitto/" + key))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Du är anmäld"), containsString("har en plats i"),
                        containsString("900\u00a0kr per person och år"))));
        assertThat(count(network)).isEqualTo(1);
        assertThat(new Mailbox(jdbc).countTo(email)).isEqualTo(1);
        assertThat(new Mailbox(jdbc).latestTextTo(email)).hasValueSatisfying(text ->
                assertThat(text).contains(network.title(), "/anmalan/"));
    }

    @Test
    void theThirdPersonFromAnOrganisationIsWaitlistedAndToldWhoHoldsTheSeats() throws Exception {
        Network network = networks().open(2, null, "");
        mvc.perform(valid(network, email(), karlskoga(), key(), "Första Person").param("title", "Strateg"));
        mvc.perform(valid(network, email(), karlskoga(), key(), "Andra Person"));
        String key = key();
        mvc.perform(valid(network, email(), karlskoga(), key)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/natverk/" + network.slug() + "/anmalan/kvitto/" + key))
                .andExpect(content().string(allOf(containsString("Du står på väntelistan"),
                        containsString("Första Person, Strateg"), containsString("Andra Person"))));
    }

    @Test
    void cancellingFreesTheSeatForTheFirstOnTheWaitlist() throws Exception {
        Network network = networks().open(1, null, "");
        String holder = email();
        String waiting = email();
        mvc.perform(valid(network, holder, karlskoga(), key()));
        mvc.perform(valid(network, waiting, karlskoga(), key()));
        assertThat(statusOf(network, waiting)).isEqualTo("WAITLISTED");

        String manageLink = new Mailbox(jdbc).latestTextTo(holder).orElseThrow().lines()
                .filter(line -> line.contains("/anmalan/")).findFirst().orElseThrow().strip().replaceFirst("https?://[^/]+", "");
        mvc.perform(get(manageLink)).andExpect(status().isOk()).andExpect(content().string(containsString("Bekräftad")));
        mvc.perform(post(manageLink + "/avboka").with(csrf())).andExpect(redirectedUrl(manageLink));
        mvc.perform(get(manageLink)).andExpect(content().string(containsString("Avbokad")));

        assertThat(statusOf(network, holder)).isEqualTo("CANCELLED");
        assertThat(statusOf(network, waiting)).isEqualTo("CONFIRMED");
        assertThat(new Mailbox(jdbc).latestTextTo(waiting)).hasValueSatisfying(text -> assertThat(text).contains("fått den"));
    }

    @Test
    void aSeatPassesToAColleagueWhenTheColleagueAcceptsAndTheHistoryShowsWhoHeldIt() throws Exception {
        Network network = networks().open(1, null, "");
        String holder = email();
        mvc.perform(valid(network, holder, karlskoga(), key(), "Hanna Innehavare"));
        String manageLink = linkIn(holder, "/anmalan/");
        String colleague = email();

        mvc.perform(post(manageLink + "/overlat").with(csrf()).param("colleagueName", "Kalle Kollega").param("colleagueEmail", holder))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("inte din egen")));
        mvc.perform(post(manageLink + "/overlat").with(csrf()).param("colleagueName", "Kalle Kollega").param("colleagueEmail", colleague))
                .andExpect(redirectedUrl(manageLink));
        assertThat(statusOf(network, holder)).isEqualTo("CONFIRMED");

        String acceptLink = linkIn(colleague, "/anmalan/overlatelse/");
        mvc.perform(get(acceptLink)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Hanna Innehavare vill lämna över"), containsString("value=\"Kalle Kollega\""))));
        mvc.perform(post(acceptLink).with(csrf()).param("name", "Kalle Kollega").param("kind", "CIVIL_SERVANT"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Du behöver godkänna")));
        mvc.perform(post(acceptLink).with(csrf()).param("name", "Kalle Kollega").param("kind", "CIVIL_SERVANT").param("consent", "on"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(acceptLink).with(csrf()).param("name", "Kalle Kollega").param("kind", "CIVIL_SERVANT").param("consent", "on"))
                .andExpect(status().isGone());

        assertThat(statusOf(network, holder)).isEqualTo("TRANSFERRED");
        assertThat(statusOf(network, colleague)).isEqualTo("CONFIRMED");
        assertThat(count(network)).isEqualTo(2);
        mvc.perform(get(linkIn(colleague, "/anmalan/"))).andExpect(content().string(allOf(
                containsString("Platsens historik"), containsString("Hanna Innehavare hade platsen"))));
    }

    @Test
    void personCorrectsContactAndInvoiceDetailsThroughThePersonalLink() throws Exception {
        Network network = networks().open(2, null, "");
        String person = email();
        mvc.perform(valid(network, person, karlskoga(), key()));
        String manageLink = linkIn(person, "/anmalan/");
        mvc.perform(post(manageLink + "/uppgifter").with(csrf()).param("phone", "ring mig").param("invoiceReference", "KS-77"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Skriv ett svenskt telefonnummer"), containsString("value=\"KS-77\""))));
        mvc.perform(post(manageLink + "/uppgifter").with(csrf()).param("phone", "0586-610 00").param("invoiceReference", "KS-77")
                        .param("invoiceAddress", "Karlskoga kommun, Box 1, 691 83 Karlskoga"))
                .andExpect(redirectedUrl(manageLink));
        assertThat(jdbc.sql("SELECT invoice_reference FROM registration WHERE email = :email").param("email", person)
                .query(String.class).single()).isEqualTo("KS-77");
        mvc.perform(get(manageLink)).andExpect(content().string(containsString("value=\"Karlskoga kommun, Box 1, 691 83 Karlskoga\"")));
    }

    private String linkIn(String recipient, String path) {
        return new Mailbox(jdbc).latestTextTo(recipient).orElseThrow().lines()
                .filter(line -> line.contains(path)).findFirst().orElseThrow().strip().replaceFirst("https?://[^/]+", "");
    }

    @Test
    void invalidSubmitExplainsEachFieldAndKeepsEverythingTyped() throws Exception {
        Network network = networks().open(2, null, "");
        mvc.perform(post("/natverk/" + network.slug() + "/anmalan").with(csrf())
                        .param("submissionKey", key()).param("name", "Anna Andersson").param("email", "anna@")
                        .param("phone", "ring mig").param("kind", "CIVIL_SERVANT").param("invoiceReference", "Ref 123"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("Välj din kommun eller region"),
                        containsString("Skriv din e-postadress"),
                        containsString("Skriv ett svenskt telefonnummer"),
                        containsString("Du behöver godkänna"),
                        containsString("value=\"Anna Andersson\""),
                        containsString("value=\"anna@\""),
                        containsString("value=\"ring mig\""),
                        containsString("value=\"Ref 123\""))));
        assertThat(count(network)).isZero();
    }

    @Test
    void theOrganisationsCoordinatorIsToldAboutTheRegistration() throws Exception {
        Network network = networks().open(2, null, "");
        String coordinator = new TestCoordinators(jdbc).create(karlskoga());

        mvc.perform(valid(network, email(), karlskoga(), key(), "Lisa Lindqvist")).andExpect(status().is3xxRedirection());
        assertThat(new Mailbox(jdbc).latestTextTo(coordinator)).hasValueSatisfying(text ->
                assertThat(text).contains("Lisa Lindqvist", network.title(), "Bekräftad"));
    }

    @Test
    void networkPageTellsAnOrganisationHowManySeatsItHasLeft() throws Exception {
        Network network = networks().open(2, null, "");
        mvc.perform(valid(network, email(), karlskoga(), key()));
        mvc.perform(get("/natverk/" + network.slug()).param("organisation", Long.toString(karlskoga())))
                .andExpect(content().string(containsString("Karlskoga har 1 av 2 platser kvar.")));
        mvc.perform(valid(network, email(), karlskoga(), key()));
        mvc.perform(get("/natverk/" + network.slug()).param("organisation", Long.toString(karlskoga())))
                .andExpect(content().string(containsString("Karlskoga har inga platser kvar")));
        mvc.perform(get("/natverk/" + network.slug()).param("organisation", "inte-ett-id")).andExpect(status().isOk());
    }

    @Test
    void choosingTheOrganisationFirstFillsInItsKnownInvoiceDetails() throws Exception {
        Network earlier = networks().open(2, null, "");
        mvc.perform(valid(earlier, email(), karlskoga(), key()).param("invoiceAddress", "Karlskoga kommun, Fakturaskanning, Box 42")
                .param("invoiceReference", "REF-KS-9"));
        Network network = networks().open(2, null, "");
        mvc.perform(get("/natverk/" + network.slug()).param("organisation", Long.toString(karlskoga())))
                .andExpect(content().string(containsString("/natverk/" + network.slug() + "/anmalan?organisation=" + karlskoga())));
        mvc.perform(get("/natverk/" + network.slug() + "/anmalan").param("organisation", Long.toString(karlskoga())))
                .andExpect(content().string(allOf(containsString("value=\"Karlskoga kommun, Fakturaskanning, Box 42\""),
                        containsString("value=\"REF-KS-9\""))));
    }

    @Test
    void sameAddressCannotHoldTwoPlaces() throws Exception {
        Network network = networks().open(2, null, "");
        String email = email();
        mvc.perform(valid(network, email, karlskoga(), key()));
        mvc.perform(valid(network, email, karlskoga(), key()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("redan anmäld")));
        assertThat(count(network)).isEqualTo(1);
    }

    @Test
    void afterTheDeadlineTheFormIsClosedAndNamesTheContact() throws Exception {
        Network network = networks().open(2, null, LocalDate.now().minusDays(1).toString());
        mvc.perform(get("/natverk/" + network.slug() + "/anmalan"))
                .andExpect(content().string(allOf(containsString("Anmälan är stängd"), containsString("karin.ekholm@example.org"))));
        mvc.perform(valid(network, email(), karlskoga(), key())).andExpect(status().isConflict());
        assertThat(count(network)).isZero();
    }

    private MockHttpServletRequestBuilder valid(Network network, String email, long organisationId, String key) {
        return valid(network, email, organisationId, key, "Testa Testsson");
    }

    private MockHttpServletRequestBuilder valid(Network network, String email, long organisationId, String key, String name) {
        return post("/natverk/" + network.slug() + "/anmalan").with(csrf())
                .param("submissionKey", key).param("organisationId", Long.toString(organisationId))
                .param("name", name).param("kind", "CIVIL_SERVANT").param("email", email)
                .param("phone", "0586-610 00").param("consent", "on");
    }

    private TestNetworks networks() {
        return new TestNetworks(administration, catalogue);
    }

    private long karlskoga() {
        return organisations.search(OrganisationFilter.of("Karlskoga", null, "MUNICIPALITY"), 1, 1).items().getFirst().id();
    }

    private long count(Network network) {
        return jdbc.sql("SELECT count(*) FROM registration WHERE network_id = :id").param("id", network.id())
                .query(Long.class).single();
    }

    private String statusOf(Network network, String email) {
        return jdbc.sql("SELECT status FROM registration WHERE network_id = :id AND email = :email")
                .param("id", network.id()).param("email", email).query(String.class).single();
    }

    private static String email() {
        return "anmald-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static String key() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
