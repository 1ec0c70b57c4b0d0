package se.arena.invoicing;

import java.time.Instant;
import java.time.LocalDate;
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

import se.arena.Money;
import se.arena.activity.Activity;
import se.arena.activity.ActivityAdministration;
import se.arena.activity.ActivityCatalogue;
import se.arena.activity.ActivityKind;
import se.arena.activity.SignUps;
import se.arena.activity.TestStudyTrips;
import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.InvoicePreferences;
import se.arena.organisation.Organisation;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.InvoiceDetailsForm;
import se.arena.organisation.OrganisationFilter;
import se.arena.organisation.OrganisationInvoicing;
import se.arena.organisation.TestInvoiceDetails;
import se.arena.privacy.Actor;
import se.arena.registration.Registrations;
import se.arena.registration.TestNetworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.arena.identity.TestSignIn.as;

/**
 * An invoice run matches the confirmed seats and extra costs of the year: one invoice per
 * organisation with a line per person and item, sent to the invoice details the organisation
 * keeps, or one per person where the organisation asks, sent where each person's registration
 * says; each organisation invoiced once a year whichever shape it asks for.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InvoiceRunPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    NetworkAdministration administration;

    @Autowired
    NetworkCatalogue catalogue;

    @Autowired
    Registrations registrations;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Invoices invoices;

    @Autowired
    InvoicePreferences preferences;

    @Autowired
    ActivityAdministration activityAdministration;

    @Autowired
    ActivityCatalogue activityCatalogue;

    @Autowired
    SignUps signUps;

    @Autowired
    OrganisationInvoicing organisationInvoicing;

    private final SignedInUser staff = new SignedInUser(990501, "ekonomi@example.org", "Handläggare", Set.of(Role.STAFF),
            Set.of(), Instant.now());

    @Test
    void theRunHasAnInvoicePerOrganisationWithALinePerPersonAndIssuingTwiceIssuesOnce() throws Exception {
        Network network = new TestNetworks(administration, catalogue).open(2, null, "");
        Organisation karlskoga = municipality("Karlskoga");
        Organisation degerfors = municipality("Degerfors");
        details().give(karlskoga.id(), "Box 385", "691 83", "Karlskoga", "KS-4711");
        details().remove(degerfors.id());
        String anna = seat(network, karlskoga, "Anna Andersson", null, null);
        seat(network, karlskoga, "Bo Berg", null, null);
        String cecilia = seat(network, degerfors, "Cecilia Ceder", "Box 2, 693 80 Degerfors", "DEG-12");
        String page = "/admin/natverk/" + network.id() + "/fakturering";

        // Degerfors has kept no invoice details: what Cecilia typed in her registration is hers, not the organisation's
        mvc.perform(get(page).param("ar", "2028").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Fakturering 2028"), containsString("Anna Andersson"),
                        containsString("Bo Berg"), containsString("Klar att utfärda"), containsString("Fakturauppgifter saknas"),
                        containsString("href=\"/admin/organisationer/" + degerfors.id() + "/fakturauppgifter\""),
                        containsString("Fyll i fakturauppgifter för Degerfors"),
                        containsString("2\u00a0250\u00a0kr"), containsString(">Utfärda 1 faktura</button>"))));

        mvc.perform(post(page).param("ar", "2028").with(as(staff)).with(csrf())).andExpect(redirectedUrl(page + "?ar=2028"));
        mvc.perform(post(page).param("ar", "2028").with(as(staff)).with(csrf())).andExpect(redirectedUrl(page + "?ar=2028"));

        List<String> numbers = jdbc.sql("SELECT number FROM invoice_document WHERE network_id = :network")
                .param("network", network.id()).query(String.class).list();
        assertThat(numbers).hasSize(1);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM invoice_document_line l JOIN invoice_document d ON d.id = l.document_id
                WHERE d.network_id = :network AND d.participation_year = 2028
                """).param("network", network.id()).query(Long.class).single()).isEqualTo(2);
        assertThat(anna).isNotEqualTo(cecilia);
    }

    @Test
    void aRunMatchesTheSeatsAndTheExtraCostsOfTheYearAndAnOrganisationWithOnlyAnExtraCostIsInvoicedToo() throws Exception {
        Network network = networks().open(3, null, "");
        Organisation karlskoga = municipality("Karlskoga");
        Organisation degerfors = municipality("Degerfors");
        details().give(karlskoga.id(), "Box 385", "691 83", "Karlskoga", "KS-4711");
        details().give(degerfors.id(), "Box 2", "693 80", "Degerfors", "DEG-12");
        String anna = seat(network, karlskoga, "Anna Andersson", null, null);
        String bo = seat(network, karlskoga, "Bo Berg", null, null);
        // Degerfors has no seat here, only an extra cost: its invoice goes to the details it keeps, not to where
        // someone of it registered for another network last asked
        seat(networks().open(3, null, ""), degerfors, "Cecilia Ceder", "Kultur, Box 99, 693 81 Degerfors", "KULTUR-CECILIA");
        Activity trip = trips().trip(List.of(network.id()), true, Money.ofKronor(2500), 10, LocalDate.of(2028, 5, 10));
        trips().signUp(trip, trips().occasions(trip).getFirst(), anna, "Anna Andersson", karlskoga.id(), network.id());
        trips().signUp(trip, trips().occasions(trip).getFirst(), "dora-" + UUID.randomUUID() + "@example.org", "Dora Dal",
                degerfors.id(), null);
        Activity conference = trips().publish(ActivityKind.CONFERENCE, "Konferens", List.of(network.id()), false,
                Money.ofKronor(300), 10, LocalDate.of(2029, 2, 1));
        trips().signUp(conference, trips().occasions(conference).getFirst(), bo, "Bo Berg", karlskoga.id(), network.id());
        String page = "/admin/natverk/" + network.id() + "/fakturering";

        mvc.perform(get(page).param("ar", "2028").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Deltagaravgift 2028, " + network.title() + ": Anna Andersson"),
                        containsString("Deltagaravgift 2028, " + network.title() + ": Bo Berg"),
                        containsString(trip.title() + ", Anna Andersson"),
                        containsString(trip.title() + ", Dora Dal"),
                        containsString("5\u00a0375\u00a0kr"), containsString("3\u00a0125\u00a0kr"),
                        containsString("Utfärda 2 fakturor"), not(containsString(conference.title())))));
        mvc.perform(post(page).param("ar", "2028").with(as(staff)).with(csrf()))
                .andExpect(flash().attribute("message", "2 fakturor är utfärdade."));

        List<Invoice> issued = invoices.invoicesFor(network.id(), 2028);
        assertThat(issued).extracting(invoice -> invoice.buyer().name(), Invoice::buyerReference, invoice -> invoice.buyer().address())
                .containsExactlyInAnyOrder(tuple("Karlskoga", "KS-4711", new PostalAddress("Box 385", null, "691 83", "Karlskoga", "SE")),
                        tuple("Degerfors", "DEG-12", new PostalAddress("Box 2", null, "693 80", "Degerfors", "SE")));
        Invoice ofKarlskoga = issued.stream().filter(invoice -> invoice.organisationId() == karlskoga.id()).findFirst().orElseThrow();
        assertThat(ofKarlskoga.lines()).extracting(InvoiceLine::description, InvoiceLine::unitPrice).containsExactly(
                tuple("Deltagaravgift 2028, " + network.title() + ": Anna Andersson", Money.ofKronor(900)),
                tuple("Deltagaravgift 2028, " + network.title() + ": Bo Berg", Money.ofKronor(900)),
                tuple(trip.title() + ", Anna Andersson", Money.ofKronor(2500)));
        assertThat(ofKarlskoga.totals().total()).isEqualTo(Money.ofKronor(5375));
        issued.forEach(InvoiceRunPagesTest::passesThePeppolRules);

        mvc.perform(get(page).param("ar", "2029").with(as(staff)))
                .andExpect(content().string(allOf(containsString("Extra kostnad: " + conference.title() + ", Bo Berg"),
                        containsString("2\u00a0625\u00a0kr"), not(containsString("Dora Dal")))));
    }

    @Test
    void aStudyTripsLineSaysStudieresaOnceWhetherOrNotItsTitleAlreadyDoes() throws Exception {
        Network network = networks().open(3, null, "");
        Organisation karlskoga = municipality("Karlskoga");
        details().give(karlskoga.id(), "Box 385", "691 83", "Karlskoga", "KS-4711");
        String anna = seat(network, karlskoga, "Anna Andersson", null, null);
        String bo = seat(network, karlskoga, "Bo Berg", null, null);
        Activity saysSo = trips().publish(ActivityKind.STUDY_TRIP, "Studieresa till Göteborg", List.of(network.id()), false,
                Money.ofKronor(2500), 10, LocalDate.of(2028, 5, 10));
        Activity saysNot = trips().publish(ActivityKind.STUDY_TRIP, "Överenskommelser i Malmö", List.of(network.id()), false,
                Money.ofKronor(1800), 10, LocalDate.of(2028, 9, 14));
        trips().signUp(saysSo, trips().occasions(saysSo).getFirst(), anna, "Anna Andersson", karlskoga.id(), network.id());
        trips().signUp(saysNot, trips().occasions(saysNot).getFirst(), bo, "Bo Berg", karlskoga.id(), network.id());
        String page = "/admin/natverk/" + network.id() + "/fakturering";

        mvc.perform(get(page).param("ar", "2028").with(as(staff)))
                .andExpect(content().string(allOf(containsString(saysSo.title() + ", Anna Andersson"),
                        containsString("Studieresa: " + saysNot.title() + ", Bo Berg"),
                        not(containsString("Studieresa: Studieresa")))));
    }

    @Test
    void theOrganisationsInvoiceGoesWholeToTheDetailsItKeepsNeverToOnePersonsAddressWithAnothersReference() throws Exception {
        Network network = networks().open(3, null, "");
        Organisation lindesberg = municipality("Lindesberg");
        details().give(lindesberg.id(), new InvoiceDetailsForm("Box 1", "Ekonomienheten", "71180", "Lindesberg", "LB-100", "",
                "7350000000009"));
        // what the people typed once: one an address without a reference, the next a reference without an address
        seat(network, lindesberg, "Anna Andersson", "Skolförvaltningen, Box 5, 711 31 Lindesberg", null);
        seat(network, lindesberg, "Bo Berg", null, "LB-BO");
        String page = "/admin/natverk/" + network.id() + "/fakturering";

        mvc.perform(post(page).param("ar", "2028").with(as(staff)).with(csrf()))
                .andExpect(flash().attribute("message", "1 faktura är utfärdad."));

        Invoice invoice = invoices.invoicesFor(network.id(), 2028).getFirst();
        assertThat(invoice.buyerReference()).isEqualTo("LB-100");
        assertThat(invoice.buyer().address()).isEqualTo(new PostalAddress("Ekonomienheten", "Box 1", "711 80", "Lindesberg", "SE"));
        assertThat(invoice.buyer().peppolId()).as("the organisation's GLN is where the e-invoice goes").isEqualTo("0088:7350000000009");
        assertThat(new String(PeppolUbl.xml(invoice), java.nio.charset.StandardCharsets.UTF_8))
                .contains("<cbc:BuyerReference>LB-100</cbc:BuyerReference>", "<cbc:StreetName>Ekonomienheten</cbc:StreetName>",
                        "<cbc:AdditionalStreetName>Box 1</cbc:AdditionalStreetName>", "<cbc:PostalZone>711 80</cbc:PostalZone>",
                        "schemeID=\"0088\">7350000000009<")
                .doesNotContain("LB-BO", "Skolförvaltningen");
        assertThat(InvoicePdfTest.text(InvoicePdf.pdf(invoice)))
                .contains("Ekonomienheten Box 1 711 80 Lindesberg", "Er referens LB-100", "Peppol-id: 0088:7350000000009")
                .doesNotContain("LB-BO", "Skolförvaltningen");
        passesThePeppolRules(invoice);
    }

    @Test
    void perPersonSomeoneWithOnlyAnExtraCostIsInvoicedToTheOrganisationsDetailsNotToItsLatestRegistrationAnywhere() throws Exception {
        Network network = networks().open(3, null, "");
        Organisation laxa = municipality("Laxå");
        details().give(laxa.id(), "Box 1", "695 80", "Laxå", "LX-CENTRALT");
        String anna = seat(network, laxa, "Anna Andersson", "Kultur, Box 7, 695 81 Laxå", "LX-ANNA");
        seat(networks().open(3, null, ""), laxa, "Cecilia Ceder", "Skolan, Box 9, 695 82 Laxå", "LX-SKOLAN");
        choosePerPerson("/admin/natverk/" + network.id() + "/fakturering", laxa, true);
        Activity trip = trips().trip(List.of(network.id()), true, Money.ofKronor(2500), 10, LocalDate.of(2028, 5, 10));
        trips().signUp(trip, trips().occasions(trip).getFirst(), anna, "Anna Andersson", laxa.id(), network.id());
        trips().signUp(trip, trips().occasions(trip).getFirst(), "dora-" + UUID.randomUUID() + "@example.org", "Dora Dal",
                laxa.id(), null);

        mvc.perform(post("/admin/natverk/" + network.id() + "/fakturering").param("ar", "2028").with(as(staff)).with(csrf()))
                .andExpect(flash().attribute("message", "2 fakturor är utfärdade."));

        List<Invoice> issued = invoices.invoicesFor(network.id(), 2028);
        assertThat(issued).extracting(Invoice::buyerReference, invoice -> invoice.buyer().address().street(),
                        invoice -> invoice.lines().size())
                .containsExactlyInAnyOrder(tuple("LX-ANNA", "Kultur", 2), tuple("LX-CENTRALT", "Box 1", 1));
        issued.forEach(InvoiceRunPagesTest::passesThePeppolRules);
    }

    @Test
    void anOrganisationThatAsksGetsAnInvoicePerPersonWithTheAddressAndReferenceOfTheirRegistration() throws Exception {
        Network network = networks().open(3, null, "");
        Organisation kumla = municipality("Kumla");
        details().give(kumla.id(), "Box 1", "692 80", "Kumla", "KUMLA-CENTRALT");
        String anna = seat(network, kumla, "Anna Andersson", "Kommunstyrelsen\nBox 46\n692 21 Kumla", "KS-ANNA");
        seat(network, kumla, "Bo Berg", "Kultur och fritid, Box 46, 692 21 Kumla", "KF-BO");
        String cilla = seat(network, kumla, "Cilla Ceder", null, "KS-CILLA");
        Activity trip = trips().trip(List.of(network.id()), false, Money.ofKronor(2500), 10, LocalDate.of(2028, 5, 10));
        trips().signUp(trip, trips().occasions(trip).getFirst(), anna.toUpperCase(java.util.Locale.ROOT), "Anna Andersson",
                kumla.id(), network.id());
        String page = "/admin/natverk/" + network.id() + "/fakturering";
        long auditedBefore = preferenceChanges(kumla);

        mvc.perform(post(page + "/fakturamottagare").param("ar", "2028").param("organisation", Long.toString(kumla.id()))
                        .param("perPerson", "true").with(as(staff)).with(csrf()))
                .andExpect(redirectedUrl(page + "?ar=2028"))
                .andExpect(flash().attribute("message", "Kumla får en faktura per person i de körningar som inte redan är utfärdade."));
        choosePerPerson(page, kumla, true);
        assertThat(preferenceChanges(kumla)).as("the second, unchanged choice is not audited").isEqualTo(auditedBefore + 1);

        // one person's missing address holds back the whole organisation, so that no one is left uninvoiced
        mvc.perform(get(page).param("ar", "2028").with(as(staff)))
                .andExpect(content().string(allOf(containsString("Faktura för Anna Andersson"), containsString("Faktura för Bo Berg"),
                        containsString("Faktura för Cilla Ceder"), containsString("Fakturaadress saknas i anmälan."),
                        containsString("Utfärdas när alla fakturor till organisationen är klara."),
                        containsString("En faktura per person"), not(containsString(">Utfärda ")))));
        jdbc.sql("UPDATE registration SET invoice_address = 'Box 46, 692 21 Kumla' WHERE email = :email").param("email", cilla).update();

        mvc.perform(get(page).param("ar", "2028").with(as(staff)))
                .andExpect(content().string(allOf(containsString("Utfärda 3 fakturor"), containsString("4\u00a0250\u00a0kr"),
                        containsString("Byt till en faktura för organisationen"))));
        mvc.perform(post(page).param("ar", "2028").with(as(staff)).with(csrf()))
                .andExpect(flash().attribute("message", "3 fakturor är utfärdade."));
        mvc.perform(post(page).param("ar", "2028").with(as(staff)).with(csrf()))
                .andExpect(flash().attribute("message", containsString("Inga fakturor utfärdades")));

        List<Invoice> issued = invoices.invoicesFor(network.id(), 2028);
        assertThat(issued).extracting(Invoice::buyerReference).containsExactlyInAnyOrder("KS-ANNA", "KF-BO", "KS-CILLA");
        assertThat(issued).allSatisfy(invoice -> {
            assertThat(invoice.buyer().name()).isEqualTo("Kumla");
            assertThat(invoice.buyer().organisationNumber()).isEqualTo(kumla.orgNumber());
            assertThat(invoice.buyer().peppolId()).isEqualTo("0007:" + InvoiceParty.digits(kumla.orgNumber()));
            assertThat(invoice.organisationId()).isEqualTo(kumla.id());
        });
        Invoice ofAnna = issued.stream().filter(invoice -> invoice.buyerReference().equals("KS-ANNA")).findFirst().orElseThrow();
        assertThat(ofAnna.buyer().address()).isEqualTo(new PostalAddress("Kommunstyrelsen", "Box 46", "692 21", "Kumla", "SE"));
        assertThat(ofAnna.lines()).extracting(InvoiceLine::description).containsExactly(
                "Deltagaravgift 2028, " + network.title() + ": Anna Andersson", trip.title() + ", Anna Andersson");
        assertThat(jdbc.sql("SELECT issue_key FROM invoice_document WHERE id = :id").param("id", ofAnna.id()).query(String.class)
                .single()).matches("invoice:network-" + network.id() + "/year-2028/organisation-" + kumla.id() + "/registration-\\d+");
        issued.forEach(InvoiceRunPagesTest::passesThePeppolRules);
    }

    @Test
    void switchingBetweenOneInvoiceAndOnePerPersonAfterIssuingNeverInvoicesAYearTwice() throws Exception {
        Network network = networks().open(3, null, "");
        Organisation hallsberg = municipality("Hallsberg");
        details().give(hallsberg.id(), "Box 1", "694 80", "Hallsberg", "HB-CENTRALT");
        seat(network, hallsberg, "Anna Andersson", "Box 1, 694 80 Hallsberg", "HB-ANNA");
        seat(network, hallsberg, "Bo Berg", "Box 2, 694 80 Hallsberg", "HB-BO");
        String page = "/admin/natverk/" + network.id() + "/fakturering";
        mvc.perform(post(page).param("ar", "2028").with(as(staff)).with(csrf()));
        Invoice whole = invoices.invoicesFor(network.id(), 2028).getFirst();

        choosePerPerson(page, hallsberg, true);
        mvc.perform(get(page).param("ar", "2028").with(as(staff)))
                .andExpect(content().string(allOf(containsString("Redan utfärdade"), containsString(whole.number()),
                        containsString("href=\"/admin/fakturor/" + whole.id() + "\""), not(containsString("Klar att utfärda")),
                        not(containsString("Faktura för Anna Andersson")))));
        mvc.perform(post(page).param("ar", "2028").with(as(staff)).with(csrf()));
        assertThat(invoices.invoicesFor(network.id(), 2028)).containsExactly(whole);

        mvc.perform(get(page).param("ar", "2029").with(as(staff)))
                .andExpect(content().string(allOf(containsString("Faktura för Anna Andersson"), containsString("Faktura för Bo Berg"),
                        containsString("Utfärda 2 fakturor"))));
        mvc.perform(post(page).param("ar", "2029").with(as(staff)).with(csrf()));
        List<Invoice> perPerson = invoices.invoicesFor(network.id(), 2029);
        assertThat(perPerson).extracting(Invoice::buyerReference).containsExactlyInAnyOrder("HB-ANNA", "HB-BO");

        choosePerPerson(page, hallsberg, false);
        mvc.perform(get(page).param("ar", "2029").with(as(staff)))
                .andExpect(content().string(allOf(containsString(perPerson.get(0).number()), containsString(perPerson.get(1).number()),
                        not(containsString("Klar att utfärda")))));
        mvc.perform(post(page).param("ar", "2029").with(as(staff)).with(csrf()));
        assertThat(invoices.invoicesFor(network.id(), 2029)).hasSize(2);
        mvc.perform(get(page).param("ar", "2030").with(as(staff)))
                .andExpect(content().string(allOf(containsString(">Utfärda 1 faktura</button>"), not(containsString("Faktura för Anna Andersson")))));
    }

    @Test
    void aLaterRunInvoicesOnlyWhatIsNewAndWhatACreditInFullGaveBack() throws Exception {
        Network network = networks().open(1, null, "");
        Organisation karlskoga = municipality("Karlskoga");
        details().give(karlskoga.id(), "Box 385", "691 83", "Karlskoga", "KS-4711");
        seat(network, karlskoga, "Anna Andersson", null, null);
        String page = "/admin/natverk/" + network.id() + "/fakturering";
        mvc.perform(post(page).param("ar", "2028").with(as(staff)).with(csrf())).andExpect(status().is3xxRedirection());
        Invoice first = invoices.invoicesFor(network.id(), 2028).getFirst();

        // Bo takes a seat the network adds after the run: the next run proposes a supplementary invoice with his year only
        seat(networks().changeLimits(network, 2, null), karlskoga, "Bo Berg", "Box 1, 691 83 Karlskoga", "KS-4711");
        mvc.perform(get(page).param("ar", "2028").with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(">Utfärda 1 faktura</button>"), containsString("Bo Berg"))));
        mvc.perform(post(page).param("ar", "2028").with(as(staff)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post(page).param("ar", "2028").with(as(staff)).with(csrf())).andExpect(status().is3xxRedirection());
        List<Invoice> issued = invoices.invoicesFor(network.id(), 2028);
        assertThat(issued).hasSize(2);
        assertThat(issued.getLast().lines()).extracting(InvoiceLine::description).singleElement()
                .asString().contains("Bo Berg");
        passesThePeppolRules(issued.getLast());

        // a credit in full gives Anna's year back to the run; a partial credit would not
        invoices.creditInFull(first.id(), "Fel referens", "test-" + first.id(), Actor.system());
        mvc.perform(get(page).param("ar", "2028").with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(">Utfärda 1 faktura</button>"), containsString("Anna Andersson"))));
    }

    @Test
    void aFreeNetworkHasNothingToInvoice() throws Exception {
        Network free = administration.list(null, null).stream().filter(Network::isFree).findFirst().orElseThrow();
        mvc.perform(get("/admin/natverk/" + free.id() + "/fakturering").with(as(staff)))
                .andExpect(content().string(containsString("Nätverket har ingen avgift")));
    }

    private String seat(Network network, Organisation organisation, String name, String invoiceAddress, String reference) {
        return new TestMembers(jdbc, registrations).seat(network, organisation.id(), name, invoiceAddress, reference);
    }

    private long preferenceChanges(Organisation organisation) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'INVOICE_PREFERENCE_CHANGED' AND subject_id = :id")
                .param("id", Long.toString(organisation.id())).query(Long.class).single();
    }

    private void choosePerPerson(String page, Organisation organisation, boolean perPerson) throws Exception {
        mvc.perform(post(page + "/fakturamottagare").param("organisation", Long.toString(organisation.id()))
                .param("perPerson", Boolean.toString(perPerson)).with(as(staff)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    /** Every shape a run issues (per organisation, per person, with extra costs) is a valid Peppol BIS 3.0 invoice. */
    private static void passesThePeppolRules(Invoice invoice) {
        PeppolRules.Outcome outcome = PeppolRules.validate(PeppolUbl.xml(invoice), PeppolRules.INVOICE);
        assertThat(outcome.errors()).as(invoice.number()).isEmpty();
        assertThat(outcome.warnings()).as(invoice.number()).isEmpty();
        assertThat(outcome.layersRun()).isEqualTo(outcome.layers());
    }

    private TestInvoiceDetails details() {
        return new TestInvoiceDetails(organisationInvoicing, organisations, jdbc);
    }

    private TestNetworks networks() {
        return new TestNetworks(administration, catalogue);
    }

    private TestStudyTrips trips() {
        return new TestStudyTrips(activityAdministration, activityCatalogue, signUps);
    }

    @AfterEach
    void oneInvoicePerOrganisationAndNoDetailsAgain() {
        for (String name : List.of("Kumla", "Hallsberg", "Laxå")) {
            preferences.choose(municipality(name), false, Actor.system());
        }
        details().remove(List.of("Karlskoga", "Degerfors", "Lindesberg", "Kumla", "Hallsberg", "Laxå").stream()
                .map(name -> municipality(name).id()).toArray(Long[]::new));
    }

    private Organisation municipality(String name) {
        return organisations.search(OrganisationFilter.of(name, null, "MUNICIPALITY"), 1, 1).items().getFirst();
    }
}
