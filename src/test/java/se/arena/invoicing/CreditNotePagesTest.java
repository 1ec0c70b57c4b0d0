package se.arena.invoicing;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.arena.identity.Role;
import se.arena.identity.SignedInUser;
import se.arena.privacy.Actor;

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

/** Staff correct an issued invoice with a credit note for some or all of its lines, from the invoice's page. */
@SpringBootTest
@AutoConfigureMockMvc
class CreditNotePagesTest {

    private final SignedInUser staff = new SignedInUser(990601, "ekonomi@example.org", "Ekonomi", Set.of(Role.STAFF), Set.of(),
            Instant.now());

    @Autowired
    MockMvc mvc;

    @Autowired
    Invoices invoices;

    @Test
    void aLineIsCreditedOnceHoweverOftenTheFormIsSentAndTheRestMakesTheInvoiceCredited() throws Exception {
        Invoice invoice = invoices.issue(TestDocuments.draft("kredit-" + UUID.randomUUID(), null,
                List.of(TestDocuments.fee("Åsa Öberg"), TestDocuments.fee("Per Ärlig"))), new Actor(null, "ekonomi@example.org", null));
        String page = "/admin/fakturor/" + invoice.id();
        mvc.perform(get(page).with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Utfärda kreditfaktura"), containsString("id=\"line-0\""))));

        mvc.perform(post(page + "/kreditera").with(as(staff)).with(csrf()).param("submissionKey", key()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Välj minst en rad att kreditera."),
                        containsString("Skriv varför fakturan krediteras"))));

        String once = key();
        for (int submit = 0; submit < 2; submit++) {
            mvc.perform(post(page + "/kreditera").with(as(staff)).with(csrf()).param("line", "1").param("reason", "Per slutade")
                    .param("submissionKey", once)).andExpect(status().is3xxRedirection());
        }
        List<CreditNote> credits = invoices.creditNotesOf(invoice);
        assertThat(credits).singleElement().satisfies(credit -> {
            assertThat(credit.lines()).extracting(InvoiceLine::description).containsExactly(TestDocuments.fee("Per Ärlig").description());
            assertThat(credit.reason()).isEqualTo("Per slutade");
        });

        mvc.perform(post(page + "/kreditera").with(as(staff)).with(csrf()).param("line", "0").param("line", "1")
                        .param("reason", "Allt igen").param("submissionKey", key()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("Raden &quot;" + TestDocuments.fee("Per Ärlig").description() + "&quot; är redan krediterad."),
                        containsString("value=\"Allt igen\""))));

        mvc.perform(post(page + "/kreditera").with(as(staff)).with(csrf()).param("line", "0").param("reason", "Fel köpare")
                .param("submissionKey", key())).andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(as(staff))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Krediterad"), not(containsString("Utfärda kreditfaktura")))));
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
