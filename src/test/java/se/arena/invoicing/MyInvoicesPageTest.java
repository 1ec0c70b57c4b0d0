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
import org.springframework.test.web.servlet.MockMvc;

import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.privacy.Actor;
import se.arena.registration.Registrations;
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

    @Autowired
    Registrations registrations;

    private Network network;
    private long karlskoga;
    private Invoice ours;
    private CreditNote ourCredit;
    private Invoice theirs;

    @BeforeEach
    void invoicesOfTwoOrganisations() {
        network = new TestNetworks(administration, catalogue).open(2, null, "");
        karlskoga = members().municipality("Karlskoga");
        long kiruna = members().municipality("Kiruna");
        ours = invoices.issue(TestDocuments.runDraft(network.id(), karlskoga, "my-invoices/" + UUID.randomUUID(), "Åsa Öberg", "Per Ärlig"), STAFF);
        ourCredit = invoices.credit(ours.id(), List.of(TestDocuments.fee("Per Ärlig")), "Per Ärlig slutade",
                "my-invoices-" + ours.id(), STAFF);
        theirs = invoices.issue(TestDocuments.runDraft(network.id(), kiruna, "my-invoices/" + UUID.randomUUID(), "Lars Lund"), STAFF);
    }

    @Test
    void aCoordinatorSeesTheirOrganisationsInvoicesAndCreditNotesWithStatusAndLinks() throws Exception {
        mvc.perform(get("/mina-sidor").with(as(members().coordinatorOf(karlskoga))))
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
        SignedInUser coordinator = members().coordinatorOf(karlskoga);

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
        mvc.perform(get("/mina-sidor").with(as(members().coordinatorOf(members().municipality("Lekeberg")))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h2 id=\"fakturor\">Fakturor</h2>"),
                        containsString("Dina organisationer har inga fakturor från Arena ännu."))));
    }

    private TestMembers members() {
        return new TestMembers(jdbc, registrations);
    }
}
