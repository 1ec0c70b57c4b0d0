package se.arena.invoicing;

import java.time.Instant;
import java.util.List;
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
import se.arena.organisation.Organisation;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationFilter;
import se.arena.registration.Registrations;
import se.arena.registration.TestNetworks;
import se.arena.registration.TestSeats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.arena.identity.TestSignIn.as;

/** An invoice run matches the confirmed seats of the year: one invoice per organisation, a line per person, issued once. */
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

    private final SignedInUser staff = new SignedInUser(990501, "ekonomi@example.org", "Handläggare", Set.of(Role.STAFF),
            Set.of(), Instant.now());

    @Test
    void theRunHasAnInvoicePerOrganisationWithALinePerPersonAndIssuingTwiceIssuesOnce() throws Exception {
        Network network = new TestNetworks(administration, catalogue).open(2, null, "");
        Organisation karlskoga = municipality("Karlskoga");
        Organisation degerfors = municipality("Degerfors");
        String anna = seat(network, karlskoga, "Anna Andersson", "Box 1, 691 83 Karlskoga", "KS-4711");
        seat(network, karlskoga, "Bo Berg", null, null);
        String cecilia = seat(network, degerfors, "Cecilia Ceder", null, null);
        String page = "/admin/natverk/" + network.id() + "/fakturering";

        mvc.perform(get(page).param("ar", "2028").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Fakturering 2028"), containsString("Anna Andersson"),
                        containsString("Bo Berg"), containsString("Klar att utfärda"), containsString("Fakturaadress saknas"),
                        containsString("2\u00a0250\u00a0kr"), containsString("Utfärda 1 fakturor"))));

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
    void aFreeNetworkHasNothingToInvoice() throws Exception {
        Network free = administration.list(null, null).stream().filter(Network::isFree).findFirst().orElseThrow();
        mvc.perform(get("/admin/natverk/" + free.id() + "/fakturering").with(as(staff)))
                .andExpect(content().string(containsString("Nätverket har ingen avgift")));
    }

    private String seat(Network network, Organisation organisation, String name, String invoiceAddress, String reference) {
        String email = "faktura-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long id = new TestSeats(registrations).seat(network, organisation.id(), email, name).id();
        jdbc.sql("UPDATE registration SET invoice_address = :address, invoice_reference = :reference WHERE id = :id")
                .param("address", invoiceAddress).param("reference", reference).param("id", id).update();
        return email;
    }

    private Organisation municipality(String name) {
        return organisations.search(OrganisationFilter.of(name, null, "MUNICIPALITY"), 1, 1).items().getFirst();
    }
}
