package se.arena.invoicing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.test.web.servlet.MockMvc;

import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.privacy.Actor;
import se.arena.registration.TestNetworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.arena.identity.TestSignIn.as;

/** A coordinator sees and downloads their organisations' invoices on Mina sidor, and no one else's. */
@SpringBootTest
@AutoConfigureMockMvc
class MyInvoicesPageTest {

    private static final Actor STAFF = new Actor(null, "handlaggare@example.org", "127.0.0.1");

    @Autowired
    MockMvc mvc;

    @Autowired
    Invoices invoices;

    @Autowired
    NetworkAdministration administration;

    @Autowired
    NetworkCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    private Network network;
    private long karlskoga;
    private Invoice ours;
    private CreditNote ourCredit;
    private Invoice theirs;

    @BeforeEach
    void invoicesOfTwoOrganisations() {
        network = new TestNetworks(administration, catalogue).open(2, null, "");
        karlskoga = organisation("Karlskoga");
        long kiruna = organisation("Kiruna");
        ours = invoices.issue(draft(karlskoga, "Åsa Öberg", "Per Ärlig"), STAFF);
        ourCredit = invoices.credit(ours.id(), List.of(TestDocuments.fee("Per Ärlig")), "Per Ärlig slutade",
                "my-invoices-" + ours.id(), STAFF);
        theirs = invoices.issue(draft(kiruna, "Lars Lund"), STAFF);
    }

    @Test
    void aCoordinatorSeesTheirOrganisationsInvoicesAndCreditNotesWithStatusAndLinks() throws Exception {
        mvc.perform(get("/mina-sidor").with(as(coordinatorOf(karlskoga))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h2 id=\"fakturor\">Fakturor</h2>"),
                        containsString(ours.number()), containsString(ourCredit.number()),
                        containsString(network.title() + ", 2028"), containsString(ours.dueDate().toString()),
                        containsString("Obetald"), containsString("Krediterar " + ours.number()),
                        containsString("2\u00a0250\u00a0kr"),
                        containsString("href=\"/mina-sidor/fakturor/" + ours.id() + "/pdf\""),
                        containsString("href=\"/mina-sidor/fakturor/" + ourCredit.id() + "/xml\""),
                        not(containsString(theirs.number())))));
    }

    @Test
    void aCoordinatorDownloadsTheirOwnDocumentsAndIsRefusedAnyOtherOrganisations() throws Exception {
        SignedInUser coordinator = coordinatorOf(karlskoga);

        mvc.perform(get("/mina-sidor/fakturor/{id}/pdf", ours.id()).with(as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("faktura-" + ours.number() + ".pdf")));
        String xml = mvc.perform(get("/mina-sidor/fakturor/{id}/xml", ourCredit.id()).with(as(coordinator)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(xml).contains("<cbc:ID>" + ourCredit.number() + "</cbc:ID>");

        mvc.perform(get("/mina-sidor/fakturor/{id}/pdf", theirs.id()).with(as(coordinator))).andExpect(status().isForbidden());
        mvc.perform(get("/mina-sidor/fakturor/{id}/xml", theirs.id()).with(as(coordinator))).andExpect(status().isForbidden());
        mvc.perform(get("/mina-sidor/fakturor/{id}/pdf", Long.MAX_VALUE).with(as(coordinator))).andExpect(status().isForbidden());
        mvc.perform(get("/mina-sidor/fakturor/{id}/pdf", "abc").with(as(coordinator))).andExpect(status().isForbidden());
    }

    @Test
    void aParticipantOfTheOrganisationGetsNoInvoicesButStaffDo() throws Exception {
        SignedInUser participant = new SignedInUser(990701, "deltagare-" + UUID.randomUUID() + "@example.org", "Deltagare",
                Set.of(Role.PARTICIPANT), Set.of(karlskoga), Instant.now());
        SignedInUser staff = new SignedInUser(990702, "ekonomi@example.org", "Handläggare", Set.of(Role.STAFF), Set.of(), Instant.now());

        mvc.perform(get("/mina-sidor/fakturor/{id}/pdf", ours.id()).with(as(participant))).andExpect(status().isForbidden());
        mvc.perform(get("/mina-sidor/fakturor/{id}/pdf", ours.id()).with(as(staff))).andExpect(status().isOk());
        mvc.perform(get("/mina-sidor/fakturor/{id}/pdf", ours.id())).andExpect(status().is3xxRedirection());
    }

    @Test
    void aCoordinatorWhoseOrganisationHasNoInvoicesIsToldSo() throws Exception {
        mvc.perform(get("/mina-sidor").with(as(coordinatorOf(organisation("Lekeberg")))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h2 id=\"fakturor\">Fakturor</h2>"),
                        containsString("Dina organisationer har inga fakturor från Arena ännu."))));
    }

    private DraftInvoice draft(long organisationId, String... people) {
        return new DraftInvoice(TestDocuments.KARLSKOGA, "KS-4711", null,
                java.util.Arrays.stream(people).map(TestDocuments::fee).toList(), network.id(), 2028, organisationId, null,
                "my-invoices/" + UUID.randomUUID());
    }

    /** A coordinator account of the organisation, as Mina sidor reads it from the database. */
    private SignedInUser coordinatorOf(long organisationId) {
        String email = "samordnare-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO account (email, display_name) VALUES (:email, 'Samordnare')").param("email", email).update(key, "id");
        long account = key.getKeyAs(Long.class);
        jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (:id, 'COORDINATOR')").param("id", account).update();
        jdbc.sql("INSERT INTO account_organisation (account_id, organisation_id) VALUES (:id, :organisation)")
                .param("id", account).param("organisation", organisationId).update();
        return new SignedInUser(account, email, "Samordnare", Set.of(Role.COORDINATOR), Set.of(organisationId), Instant.now());
    }

    private long organisation(String name) {
        return jdbc.sql("SELECT id FROM organisation WHERE name = :name AND type = 'MUNICIPALITY'").param("name", name)
                .query(Long.class).single();
    }
}
