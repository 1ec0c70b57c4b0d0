package se.arena.invoicing;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.identity.TestSignIn;
import se.arena.organisation.OrganisationInvoiceDetails;
import se.arena.organisation.OrganisationInvoicing;
import se.arena.organisation.PeppolId;
import se.arena.registration.Registrations;

import static org.assertj.core.api.Assertions.assertThat;
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
 * An organisation's coordinators and staff keep its invoice details on one form: checked field by
 * field with the typed values kept, every change audited, and another organisation's coordinator
 * kept out.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InvoiceDetailsPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Registrations registrations;

    @Autowired
    OrganisationInvoicing invoicing;

    private final SignedInUser staff = TestSignIn.user(990_601, Role.STAFF, Set.of());

    @Test
    void aCoordinatorFillsInTheDetailsWithEveryMistakeExplainedNextToItsFieldAndNothingTypedLost() throws Exception {
        long hallstahammar = members().municipality("Hallstahammar");
        SignedInUser coordinator = members().coordinatorOf(hallstahammar);
        String page = "/organisation/" + hallstahammar + "/fakturauppgifter";
        mvc.perform(get(page).with(as(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Fakturauppgifter för Hallstahammar"),
                        containsString("Organisationen har inga fakturauppgifter ännu"))));

        mvc.perform(save(page, "", "7344", "", "", "0007:212000-2205", "7350000000008").with(as(coordinator)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Skriv gatuadress eller box"),
                        containsString("Skriv postnumret med fem siffror, till exempel 123 45."), containsString("Skriv orten"),
                        containsString("Skriv er referens"), containsString("tio siffror utan bindestreck"),
                        containsString("Ett GLN-nummer har 13 siffror"), containsString("value=\"7344\""),
                        containsString("value=\"0007:212000-2205\""), containsString("value=\"7350000000008\""),
                        containsString("aria-describedby=\"postalCode-fel\""))));
        mvc.perform(save(page, "Box 1", "734 80", "Hallstahammar", "x".repeat(201), "", "").with(as(coordinator)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv högst 200 tecken här.")));
        assertThat(invoicing.detailsOf(hallstahammar)).isEmpty();

        mvc.perform(save(page, "Box 1", "73480", "Hallstahammar", "HH-4711", " 0007:2120002064 ", "").with(as(coordinator))
                        .param("additionalLine", "Ekonomienheten"))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("message", "Fakturauppgifterna för Hallstahammar är sparade. Nästa faktura skickas dit."));
        OrganisationInvoiceDetails stored = invoicing.detailsOf(hallstahammar).orElseThrow();
        assertThat(stored).extracting(OrganisationInvoiceDetails::additionalLine, OrganisationInvoiceDetails::street,
                        OrganisationInvoiceDetails::postalCode, OrganisationInvoiceDetails::city, OrganisationInvoiceDetails::reference,
                        OrganisationInvoiceDetails::peppolId, OrganisationInvoiceDetails::changedBy)
                .containsExactly("Ekonomienheten", "Box 1", "734 80", "Hallstahammar", "HH-4711", PeppolId.parse("0007:2120002064"),
                        coordinator.email());
        assertThat(audited(hallstahammar)).containsExactly("Fakturauppgifter för Hallstahammar: adress, referens, Peppol-id");
        mvc.perform(get(page).with(as(coordinator))).andExpect(content().string(allOf(containsString("value=\"734 80\""),
                containsString("value=\"0007:2120002064\""), containsString("Senast ändrade"))));

        // the same again changes nothing and is not audited again
        mvc.perform(save(page, "Box 1", "734 80", "Hallstahammar", "HH-4711", "0007:2120002064", "").with(as(coordinator))
                        .param("additionalLine", "Ekonomienheten"))
                .andExpect(flash().attribute("message", "Inget ändrades: fakturauppgifterna var redan de här."));
        assertThat(audited(hallstahammar)).hasSize(1);
    }

    @Test
    void staffKeepTheDetailsOnTheOrganisationsPageAndAnotherOrganisationsCoordinatorCannotReachThem() throws Exception {
        long surahammar = members().municipality("Surahammar");
        long kungsor = members().municipality("Kungsör");
        String staffPage = "/admin/organisationer/" + surahammar + "/fakturauppgifter";
        mvc.perform(get("/admin/organisationer/" + surahammar).with(as(staff)))
                .andExpect(content().string(containsString("href=\"" + staffPage + "\"")));

        mvc.perform(save(staffPage, "Box 200", "735 23", "Surahammar", "SU-1", "", "7350000000009").with(as(staff)))
                .andExpect(redirectedUrl(staffPage));
        assertThat(invoicing.detailsOf(surahammar).orElseThrow().electronicAddress()).contains(PeppolId.parse("0088:7350000000009"));
        assertThat(jdbc.sql("SELECT actor_label FROM audit_event WHERE action = 'INVOICE_DETAILS_CHANGED' AND subject_id = :id")
                .param("id", Long.toString(surahammar)).query(String.class).list()).containsExactly(staff.email());
        mvc.perform(get(staffPage).with(as(staff))).andExpect(content().string(allOf(
                containsString("href=\"/admin/organisationer/" + surahammar + "\""), containsString("value=\"SU-1\""))));

        SignedInUser otherCoordinator = members().coordinatorOf(kungsor);
        String theirPage = "/organisation/" + surahammar + "/fakturauppgifter";
        mvc.perform(get(theirPage).with(as(otherCoordinator))).andExpect(status().isForbidden());
        mvc.perform(save(theirPage, "Box 666", "735 23", "Surahammar", "FEL", "", "").with(as(otherCoordinator)))
                .andExpect(status().isForbidden());
        mvc.perform(get(staffPage).with(as(otherCoordinator))).andExpect(status().isForbidden());
        assertThat(invoicing.detailsOf(surahammar).orElseThrow().reference()).isEqualTo("SU-1");
    }

    @Test
    void aCoordinatorFindsTheFormFromMinaSidor() throws Exception {
        long fagersta = members().municipality("Fagersta");
        SignedInUser coordinator = members().coordinatorOf(fagersta);

        mvc.perform(get("/mina-sidor").with(as(coordinator)))
                .andExpect(content().string(allOf(containsString("href=\"/organisation/" + fagersta + "/fakturauppgifter\""),
                        containsString("Fakturauppgifter för Fagersta"), not(containsString("/organisation/" + (fagersta + 1) + "/fakturauppgifter")))));
    }

    @AfterEach
    void noDetailsAgain() {
        jdbc.sql("""
                DELETE FROM organisation_invoice_details WHERE organisation_id IN
                    (SELECT id FROM organisation WHERE name IN ('Hallstahammar', 'Surahammar') AND type = 'MUNICIPALITY')
                """).update();
    }

    private static MockHttpServletRequestBuilder save(String page, String street, String postalCode, String city, String reference,
                                                      String peppolId, String gln) {
        return post(page).with(csrf()).param("street", street).param("postalCode", postalCode).param("city", city)
                .param("reference", reference).param("peppolId", peppolId).param("gln", gln);
    }

    private java.util.List<String> audited(long organisationId) {
        return jdbc.sql("SELECT details FROM audit_event WHERE action = 'INVOICE_DETAILS_CHANGED' AND subject_id = :id ORDER BY id")
                .param("id", Long.toString(organisationId)).query(String.class).list();
    }

    private TestMembers members() {
        return new TestMembers(jdbc, registrations);
    }
}
