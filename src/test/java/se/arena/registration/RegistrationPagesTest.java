package se.arena.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.arena.identity.Mailbox;
import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.identity.TestSignIn;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.InvoiceDetailsForm;
import se.arena.organisation.InvoicePreferences;
import se.arena.organisation.Organisation;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationFilter;
import se.arena.organisation.OrganisationInvoicing;
import se.arena.organisation.TestInvoiceDetails;
import se.arena.privacy.Actor;

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
    void registrationIsHeldUntilConfirmedByTheLinkAndGivesOneSeatAndOneConfirmationEvenWhenSubmittedAndConfirmedTwice() throws Exception {
        Network network = networks().open(2, null, "");
        String email = email();
        String key = key();
        String receipt = "/natverk/" + network.slug() + "/anmalan/kvitto/" + key;
        mvc.perform(valid(network, email, karlskoga(), key)).andExpect(redirectedUrl(receipt));
        mvc.perform(valid(network, email, karlskoga(), key)).andExpect(redirectedUrl(receipt));
        mvc.perform(get(receipt)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Bekräfta din anmälan"), containsString("En plats hålls åt dig"))));
        assertThat(statusOf(network, email)).isEqualTo("PENDING");
        assertThat(seatYears(network, email)).isZero();
        assertThat(new Mailbox(jdbc).countTo(email)).isEqualTo(1);
        assertThat(new Mailbox(jdbc).latestTextTo(email)).hasValueSatisfying(text ->
                assertThat(text).contains(network.title(), "/anmalan/bekrafta/").doesNotContain("Testa Testsson"));

        // opening the link, as a mail scanner does, changes nothing
        String link = form().confirmationLink(email);
        mvc.perform(get(link)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Bekräfta anmälan"), containsString("Testa Testsson"))));
        assertThat(statusOf(network, email)).isEqualTo("PENDING");

        mvc.perform(post(link).with(csrf())).andExpect(redirectedUrl(link));
        mvc.perform(post(link).with(csrf())).andExpect(redirectedUrl(link));
        mvc.perform(get(link)).andExpect(content().string(allOf(containsString("Anmälan är bekräftad"),
                containsString("Testa Testsson har en plats i"))));
        mvc.perform(get(receipt)).andExpect(content().string(allOf(containsString("Du är anmäld"),
                containsString("900\u00a0kr per person och år"))));
        assertThat(count(network)).isEqualTo(1);
        assertThat(statusOf(network, email)).isEqualTo("CONFIRMED");
        assertThat(seatYears(network, email)).isPositive();
        assertThat(new Mailbox(jdbc).countTo(email)).isEqualTo(2);
        assertThat(new Mailbox(jdbc).latestTextTo(email)).hasValueSatisfying(text ->
                assertThat(text).contains(network.title(), "/anmalan/").doesNotContain("/anmalan/bekrafta/"));
    }

    @Test
    void theThirdPersonIsWaitlistedAndOnlyTheOrganisationsCoordinatorIsToldWhoHoldsTheSeats() throws Exception {
        Network network = networks().open(2, null, "");
        form().registerAndConfirm(network, email(), karlskoga(), key(), "Första Person");
        form().registerAndConfirm(network, email(), karlskoga(), key(), "Andra Person");
        String key = key();
        String email = email();
        mvc.perform(valid(network, email, karlskoga(), key)).andExpect(status().is3xxRedirection());
        String receipt = "/natverk/" + network.slug() + "/anmalan/kvitto/" + key;
        mvc.perform(get(receipt)).andExpect(content().string(allOf(containsString("Organisationens platser är tagna"),
                not(containsString("Första Person")), not(containsString("Andra Person")))));
        form().confirm(email);
        assertThat(statusOf(network, email)).isEqualTo("WAITLISTED");
        mvc.perform(get(receipt)).andExpect(content().string(allOf(containsString("Du står på väntelistan"),
                containsString("Kontakta er samordnare"), not(containsString("Första Person")))));

        SignedInUser coordinator = TestSignIn.user(900_001, Role.COORDINATOR, Set.of(karlskoga()));
        SignedInUser otherCoordinator = TestSignIn.user(900_002, Role.COORDINATOR, Set.of(karlskoga() + 1));
        mvc.perform(get(receipt).with(TestSignIn.as(otherCoordinator)))
                .andExpect(content().string(not(containsString("Första Person"))));
        mvc.perform(get(receipt).with(TestSignIn.as(coordinator)))
                .andExpect(content().string(allOf(containsString("Första Person"), containsString("Andra Person"))));
    }

    @Test
    void cancellingFreesTheSeatForTheFirstOnTheWaitlist() throws Exception {
        Network network = networks().open(1, null, "");
        String holder = email();
        String waiting = email();
        form().registerAndConfirm(network, holder, karlskoga(), key(), "Testa Testsson");
        form().registerAndConfirm(network, waiting, karlskoga(), key(), "Testa Testsson");
        assertThat(statusOf(network, waiting)).isEqualTo("WAITLISTED");

        String manageLink = linkIn(holder, "/anmalan/");
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
        form().registerAndConfirm(network, holder, karlskoga(), key(), "Hanna Innehavare");
        String manageLink = linkIn(holder, "/anmalan/");
        String colleague = email();

        mvc.perform(post(manageLink + "/overlat").with(csrf()).param("colleagueName", "Kalle Kollega").param("colleagueEmail", holder))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("inte din egen")));
        mvc.perform(post(manageLink + "/overlat").with(csrf()).param("colleagueName", "Kalle Kollega").param("colleagueEmail", colleague))
                .andExpect(redirectedUrl(manageLink));
        assertThat(statusOf(network, holder)).isEqualTo("CONFIRMED");

        assertThat(new Mailbox(jdbc).latestTextTo(colleague)).hasValueSatisfying(text -> assertThat(text)
                .contains("Hej!", "Hanna Innehavare vill lämna över sin plats").doesNotContain("Kalle"));
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
    void personCorrectsContactDetailsThroughThePersonalLinkAndTheirOwnInvoiceDetailsOnlyWhenInvoicedPerPerson() throws Exception {
        Network network = networks().open(2, null, "");
        String person = email();
        form().registerAndConfirm(network, person, karlskoga(), key(), "Testa Testsson");
        String manageLink = linkIn(person, "/anmalan/");
        mvc.perform(get(manageLink)).andExpect(content().string(not(containsString("name=\"invoiceAddress\""))));
        mvc.perform(post(manageLink + "/uppgifter").with(csrf()).param("phone", "ring mig").param("title", "Strateg"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Skriv ett svenskt telefonnummer"), containsString("value=\"Strateg\""))));
        // Karlskoga gets one invoice to the details it keeps: what someone posts as their own invoice address is not kept
        mvc.perform(post(manageLink + "/uppgifter").with(csrf()).param("phone", "0586-610 00").param("invoiceReference", "KS-77")
                        .param("invoiceAddress", "Karlskoga kommun, Box 1, 691 83 Karlskoga"))
                .andExpect(redirectedUrl(manageLink));
        assertThat(jdbc.sql("SELECT invoice_reference FROM registration WHERE email = :email").param("email", person)
                .query(String.class).optional()).isEmpty();

        long storfors = perPerson("Storfors");
        String own = email();
        mvc.perform(valid(network, own, storfors, key()).param("invoiceAddress", "Kultur, Box 9, 688 81 Storfors")
                .param("invoiceReference", "SF-KULTUR")).andExpect(status().is3xxRedirection());
        form().confirm(own);
        String ownLink = linkIn(own, "/anmalan/");
        mvc.perform(post(ownLink + "/uppgifter").with(csrf()).param("phone", "0550-650 00").param("invoiceReference", "SF-77")
                        .param("invoiceAddress", "Storfors kommun, Box 1, 688 80 Storfors"))
                .andExpect(redirectedUrl(ownLink));
        assertThat(jdbc.sql("SELECT invoice_reference FROM registration WHERE email = :email").param("email", own)
                .query(String.class).single()).isEqualTo("SF-77");
        mvc.perform(get(ownLink)).andExpect(content().string(containsString("value=\"Storfors kommun, Box 1, 688 80 Storfors\"")));
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
                        .param("phone", "ring mig").param("kind", "CIVIL_SERVANT").param("title", "Ref 123"))
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
    void theOrganisationsCoordinatorIsToldAboutTheRegistrationOnlyOnceItIsConfirmed() throws Exception {
        Network network = networks().open(2, null, "");
        String coordinator = new TestCoordinators(jdbc).create(karlskoga());
        String person = email();

        mvc.perform(valid(network, person, karlskoga(), key(), "Lisa Lindqvist")).andExpect(status().is3xxRedirection());
        assertThat(new Mailbox(jdbc).countTo(coordinator)).isZero();
        form().confirm(person);
        assertThat(new Mailbox(jdbc).latestTextTo(coordinator)).hasValueSatisfying(text ->
                assertThat(text).contains("Lisa Lindqvist", network.title(), "Bekräftad"));
    }

    @Test
    void networkPageCountsTheSeatsHeldForConfirmationAsTaken() throws Exception {
        Network network = networks().open(2, null, "");
        mvc.perform(valid(network, email(), karlskoga(), key()));
        mvc.perform(get("/natverk/" + network.slug()).param("organisation", Long.toString(karlskoga())))
                .andExpect(content().string(containsString("Karlskoga har 1 av 2 platser kvar 20")));
        form().registerAndConfirm(network, email(), karlskoga(), key(), "Testa Testsson");
        mvc.perform(get("/natverk/" + network.slug()).param("organisation", Long.toString(karlskoga())))
                .andExpect(content().string(containsString("Karlskoga har inga platser kvar")));
        mvc.perform(get("/natverk/" + network.slug()).param("organisation", "inte-ett-id")).andExpect(status().isOk());
    }

    @Test
    void theFormAsksForAnInvoiceAddressOnlyWhereTheOrganisationIsInvoicedPerPersonAndFillsInItsOwnDetailsOnlyForItsPeople()
            throws Exception {
        long storfors = perPerson("Storfors");
        new TestInvoiceDetails(organisationInvoicing, organisations, jdbc).give(storfors,
                new InvoiceDetailsForm("Box 42", "Fakturaskanning", "688 80", "Storfors", "REF-SF-9", "", ""));
        Network network = networks().open(2, null, "");
        mvc.perform(get("/natverk/" + network.slug()).param("organisation", Long.toString(storfors)))
                .andExpect(content().string(containsString("/natverk/" + network.slug() + "/anmalan?organisation=" + storfors)));

        String form = "/natverk/" + network.slug() + "/anmalan";
        mvc.perform(get(form).param("organisation", Long.toString(karlskoga())))
                .andExpect(content().string(allOf(containsString("selected=\"selected\">Karlskoga<"),
                        not(containsString("name=\"invoiceAddress\"")), not(containsString("name=\"invoiceReference\"")))));
        mvc.perform(get(form).param("organisation", Long.toString(storfors)))
                .andExpect(content().string(allOf(containsString("name=\"invoiceAddress\""),
                        containsString("Din organisation vill ha en faktura per deltagare"),
                        not(containsString("Fakturaskanning")), not(containsString("REF-SF-9")))));
        mvc.perform(get(form).param("organisation", Long.toString(storfors))
                        .with(TestSignIn.as(TestSignIn.user(900_003, Role.COORDINATOR, Set.of(storfors + 1)))))
                .andExpect(content().string(not(containsString("Fakturaskanning"))));
        mvc.perform(get(form).param("organisation", Long.toString(storfors))
                        .with(TestSignIn.as(TestSignIn.user(900_004, Role.COORDINATOR, Set.of(storfors)))))
                .andExpect(content().string(allOf(containsString("value=\"Fakturaskanning, Box 42, 688 80 Storfors\""),
                        containsString("value=\"REF-SF-9\""))));
        mvc.perform(get(form).param("organisation", Long.toString(storfors))
                        .with(TestSignIn.as(TestSignIn.user(900_005, Role.STAFF, Set.of()))))
                .andExpect(content().string(containsString("value=\"REF-SF-9\"")));

        // chosen in the list, without ?organisation=, the form comes back with the two fields to fill in
        String person = email();
        mvc.perform(valid(network, person, storfors, key()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Skriv adressen din faktura ska till."),
                        containsString("Skriv referensen som ska stå på din faktura"), containsString("value=\"" + person + "\""))));
        assertThat(count(network)).isZero();
        mvc.perform(valid(network, person, karlskoga(), key())).andExpect(status().is3xxRedirection());
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
        return PublicForm.submit(network, email, organisationId, key, name);
    }

    private PublicForm form() {
        return new PublicForm(mvc, jdbc);
    }

    private long seatYears(Network network, String email) {
        return jdbc.sql("""
                SELECT count(*) FROM seat_year y JOIN registration r ON r.id = y.registration_id
                WHERE r.network_id = :id AND r.email = :email
                """).param("id", network.id()).param("email", email).query(Long.class).single();
    }

    private TestNetworks networks() {
        return new TestNetworks(administration, catalogue);
    }

    @Autowired
    OrganisationInvoicing organisationInvoicing;

    @Autowired
    InvoicePreferences invoicePreferences;

    /** The municipality, now invoiced per person; back to one invoice and no details after the test. */
    private long perPerson(String name) {
        Organisation organisation = organisations.search(OrganisationFilter.of(name, null, "MUNICIPALITY"), 1, 1).items().getFirst();
        invoicePreferences.choose(organisation, true, Actor.system());
        perPerson.add(organisation);
        return organisation.id();
    }

    private final List<Organisation> perPerson = new ArrayList<>();

    @AfterEach
    void oneInvoicePerOrganisationAgain() {
        perPerson.forEach(organisation -> invoicePreferences.choose(organisation, false, Actor.system()));
        perPerson.forEach(organisation -> new TestInvoiceDetails(organisationInvoicing, organisations, jdbc).remove(organisation.id()));
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
