package se.arena.invoicing;

import java.time.Instant;
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
import se.arena.TestClock;
import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.identity.TestSignIn;
import se.arena.network.MembershipForm;
import se.arena.network.MembershipRules.LeavingFee;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationInvoicing;
import se.arena.organisation.TestInvoiceDetails;
import se.arena.registration.Registrations;
import se.arena.registration.TestNetworks;

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

/**
 * An organisation leaves a network after the year's invoice was issued: staff see on the invoice
 * run's page and on the invoice's that a credit note is due for the ended seats, as the network's
 * rule on leaving says, issue it from there, and the revenue report follows.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CreditDueAfterLeavingPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    NetworkAdministration administration;

    @Autowired
    NetworkCatalogue catalogue;

    @Autowired
    Registrations registrations;

    @Autowired
    Invoices invoices;

    @Autowired
    InvoiceRevenue revenue;

    @Autowired
    OrganisationInvoicing organisationInvoicing;

    @Autowired
    OrganisationDirectory organisations;

    /** Signed in at the test clock's time, which these tests move into the network's years. */
    private SignedInUser staff;

    @AfterEach
    void realTimeAndNoDetails() {
        clock.reset();
        details().remove(members().municipality("Kristinehamn"), members().municipality("Filipstad"),
                members().municipality("Hagfors"));
    }

    @Test
    void whenTheCurrentYearIsReleasedLeavingAfterTheInvoiceMakesACreditNoteDueThatStaffIssueFromTheRunPage() throws Exception {
        clock.set(Instant.parse("2028-03-01T09:00:00Z"));
        staff = signedInNow(TestSignIn.user(990_701, Role.STAFF, Set.of()));
        Network network = network(LeavingFee.CURRENT_YEAR_RELEASED);
        long kristinehamn = members().municipality("Kristinehamn");
        long filipstad = members().municipality("Filipstad");
        details().give(kristinehamn, "Box 1", "681 84", "Kristinehamn", "KH-1");
        details().give(filipstad, "Box 303", "682 27", "Filipstad", "FI-1");
        members().seat(network, kristinehamn, "Anna Andersson", null, null);
        members().seat(network, kristinehamn, "Bo Berg", null, null);
        members().seat(network, filipstad, "Cilla Ceder", null, null);
        String run = "/admin/natverk/" + network.id() + "/fakturering";
        mvc.perform(post(run).param("ar", "2028").with(as(staff)).with(csrf())).andExpect(status().is3xxRedirection());
        Invoice leaving = invoiceOf(network, kristinehamn);
        Invoice staying = invoiceOf(network, filipstad);
        assertThat(revenue2028(network).total()).isEqualTo(Money.ofKronor(3375));
        mvc.perform(get(run).param("ar", "2028").with(as(staff))).andExpect(content().string(not(containsString("Kreditfakturor att utfärda"))));

        SignedInUser coordinator = signedInNow(members().coordinatorOf(kristinehamn));
        mvc.perform(post("/organisation/" + kristinehamn + "/natverk/" + network.id() + "/lamna").with(as(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(run).param("ar", "2028").with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Kreditfakturor att utfärda"),
                        containsString("Innevarande år faktureras inte"),
                        containsString("Utfärda kreditfaktura för faktura " + leaving.number()),
                        not(containsString("Utfärda kreditfaktura för faktura " + staying.number())),
                        containsString("Deltagaravgift 2028, " + network.title() + ": Anna Andersson"),
                        containsString("2\u00a0250\u00a0kr"))));
        mvc.perform(get("/admin/fakturor/" + leaving.id()).with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Kreditfaktura att utfärda"),
                        containsString("value=\"Avslutade platser: deltagaravgiften för 2028 krediteras för 2 deltagare.\""),
                        containsString("id=\"line-0\" value=\"0\" checked"), containsString("id=\"line-1\" value=\"1\" checked"))));
        mvc.perform(get("/admin/fakturor/" + staying.id()).with(as(staff)))
                .andExpect(content().string(not(containsString("Kreditfaktura att utfärda"))));

        // the run page's button sends the invoice's own credit form; a second click issues nothing more
        String key = UUID.randomUUID().toString();
        for (int click = 0; click < 2; click++) {
            mvc.perform(post("/admin/fakturor/" + leaving.id() + "/kreditera").with(as(staff)).with(csrf()).param("line", "0")
                    .param("line", "1").param("reason", "Avslutade platser: deltagaravgiften för 2028 krediteras för 2 deltagare.")
                    .param("submissionKey", key)).andExpect(status().is3xxRedirection());
        }
        List<CreditNote> credits = invoices.creditNotesOf(leaving);
        assertThat(credits).singleElement().satisfies(credit -> {
            assertThat(credit.totals().total()).isEqualTo(Money.ofKronor(2250));
            PeppolRules.Outcome outcome = PeppolRules.validate(PeppolUbl.xml(credit), PeppolRules.CREDIT_NOTE);
            assertThat(outcome.errors()).isEmpty();
        });
        mvc.perform(get(run).param("ar", "2028").with(as(staff))).andExpect(content().string(not(containsString("Kreditfakturor att utfärda"))));
        mvc.perform(get("/admin/fakturor/" + leaving.id()).with(as(staff)))
                .andExpect(content().string(not(containsString("Kreditfaktura att utfärda"))));
        InvoiceRevenue.NetworkYear after = revenue2028(network);
        assertThat(after.total()).isEqualTo(Money.ofKronor(1125));
        assertThat(after.creditNotes()).isEqualTo(1);
    }

    @Test
    void whenTheCurrentYearIsInvoicedAnywayOnlyTheLaterYearsAlreadyInvoicedAreDueACredit() throws Exception {
        clock.set(Instant.parse("2028-03-01T09:00:00Z"));
        staff = signedInNow(TestSignIn.user(990_701, Role.STAFF, Set.of()));
        Network network = network(LeavingFee.CURRENT_YEAR_INVOICED);
        long hagfors = members().municipality("Hagfors");
        details().give(hagfors, "Box 1", "683 80", "Hagfors", "HF-1");
        members().seat(network, hagfors, "Dan Dahl", null, null);
        String run = "/admin/natverk/" + network.id() + "/fakturering";
        for (String year : List.of("2028", "2029")) {
            mvc.perform(post(run).param("ar", year).with(as(staff)).with(csrf())).andExpect(status().is3xxRedirection());
        }

        registrations.leave(network, hagfors, new se.arena.privacy.Actor(null, "samordnare@example.org", null));

        mvc.perform(get(run).param("ar", "2028").with(as(staff))).andExpect(content().string(not(containsString("Kreditfakturor att utfärda"))));
        Invoice nextYear = invoices.invoicesFor(network.id(), 2029).getFirst();
        mvc.perform(get(run).param("ar", "2029").with(as(staff)))
                .andExpect(content().string(allOf(containsString("Kreditfakturor att utfärda"),
                        containsString("Innevarande år faktureras ändå"),
                        containsString("Utfärda kreditfaktura för faktura " + nextYear.number()))));
    }

    private SignedInUser signedInNow(SignedInUser user) {
        return new SignedInUser(user.accountId(), user.email(), user.displayName(), user.roles(), user.organisationIds(),
                clock.instant());
    }

    private Network network(LeavingFee leavingFee) {
        return new TestNetworks(administration, catalogue).open(3, null, "", new MembershipForm(leavingFee.name(), null, null, null, null));
    }

    private Invoice invoiceOf(Network network, long organisationId) {
        return invoices.invoicesFor(network.id(), 2028).stream().filter(invoice -> invoice.organisationId() == organisationId)
                .findFirst().orElseThrow();
    }

    private InvoiceRevenue.NetworkYear revenue2028(Network network) {
        return revenue.perNetworkAndYear(network.id(), 2028, 2028).getFirst();
    }

    private TestMembers members() {
        return new TestMembers(jdbc, registrations);
    }

    private TestInvoiceDetails details() {
        return new TestInvoiceDetails(organisationInvoicing, organisations, jdbc);
    }
}
