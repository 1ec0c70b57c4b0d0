package se.arena.invoicing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.arena.TestClock;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.arena.identity.TestSignIn.as;

/**
 * Staff mark invoices paid and see what is unpaid. The invoices are issued on 10 January 2068
 * with 30 days to pay, and the tests look at them on 1 March, when they are overdue.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InvoicePaymentPagesTest {

    private static final Actor STAFF = new Actor(null, "handlaggare@example.org", "127.0.0.1");

    @Autowired
    MockMvc mvc;

    @Autowired
    Invoices invoices;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    private String marker;
    private Invoice paid;
    private Invoice unpaid;
    private Invoice credited;
    private CreditNote credit;

    @BeforeEach
    void threeInvoicesOneCreditedInFull() {
        marker = "betalning-" + UUID.randomUUID().toString().substring(0, 8);
        clock.set(Instant.parse("2068-01-10T09:00:00Z"));
        paid = invoices.issue(TestDocuments.draft(marker + " Åsa", null, List.of(TestDocuments.fee("Åsa Öberg"))), STAFF);
        unpaid = invoices.issue(TestDocuments.draft(marker + " Per", null, List.of(TestDocuments.fee("Per Ärlig"))), STAFF);
        credited = invoices.issue(TestDocuments.draft(marker + " Lars", null, List.of(TestDocuments.fee("Lars Lund"))), STAFF);
        credit = invoices.creditInFull(credited.id(), "Fel köpare", "payment-test-" + credited.id(), STAFF);
        clock.set(Instant.parse("2068-03-01T09:00:00Z"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void staffMarkAnInvoicePaidOnceHoweverOftenTheyPressAndTheListAndExportShowIt() throws Exception {
        String page = "/admin/fakturor/" + paid.id();
        mvc.perform(get(page).with(as(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Faktura " + paid.number()), containsString("Förfallen"),
                        containsString("Markera som betald"), containsString("value=\"2068-03-01\""))));

        for (int click = 0; click < 2; click++) {
            mvc.perform(post(page + "/betalning").param("paidOn", "2068-02-20").with(as(staff())).with(csrf()))
                    .andExpect(redirectedUrl(page))
                    .andExpect(flash().attribute("message", "Faktura " + paid.number() + " är markerad som betald."));
        }

        assertThat(jdbc.sql("SELECT paid_on FROM invoice_payment WHERE document_id = :id").param("id", paid.id())
                .query(java.time.LocalDate.class).list()).containsExactly(java.time.LocalDate.of(2068, 2, 20));
        assertThat(audited("INVOICE_PAID", paid)).isOne();
        mvc.perform(get(page).with(as(staff())))
                .andExpect(content().string(allOf(containsString("Betald 2068-02-20"), containsString("Ångra markeringen"),
                        not(containsString("Markera som betald")))));
        mvc.perform(list("betalda"))
                .andExpect(content().string(allOf(containsString("1 dokument"), containsString(paid.number()),
                        containsString("Betald 2068-02-20"))));
        mvc.perform(list("forfallna"))
                .andExpect(content().string(allOf(containsString("1 dokument"), containsString(unpaid.number()),
                        containsString("Förfallen"), not(containsString(credited.number())))));
        mvc.perform(list("obetalda"))
                .andExpect(content().string(allOf(containsString("1 dokument"), containsString(unpaid.number()))));
        mvc.perform(list(""))
                .andExpect(content().string(allOf(containsString("4 dokument"), containsString("Krediterad"),
                        containsString("<option value=\"betalda\">Betalda</option>"))));

        String csv = new String(mvc.perform(get("/admin/fakturor/export").param("q", marker).param("format", "csv")
                .with(as(staff()))).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\ufeffTyp;Nummer;Datum;Förfallodatum;Betald;Krediterar faktura;")
                .contains("Faktura;" + paid.number() + ";2068-01-10;2068-02-09;2068-02-20;;")
                .contains("Faktura;" + unpaid.number() + ";2068-01-10;2068-02-09;;;")
                .contains("Kreditfaktura;" + credit.number() + ";2068-01-10;;;" + credited.number() + ";");
    }

    @Test
    void aMistakenMarkingIsUndoneOnceAndTheInvoiceIsUnpaidAgain() throws Exception {
        String page = "/admin/fakturor/" + paid.id();
        mvc.perform(post(page + "/betalning").param("paidOn", "2068-02-20").with(as(staff())).with(csrf()))
                .andExpect(redirectedUrl(page));

        mvc.perform(post(page + "/betalning/angra").with(as(staff())).with(csrf()))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("message", containsString("räknas som obetald igen")));
        mvc.perform(post(page + "/betalning/angra").with(as(staff())).with(csrf()))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("message", containsString("var inte markerad som betald")));

        assertThat(jdbc.sql("SELECT count(*) FROM invoice_payment WHERE document_id = :id").param("id", paid.id())
                .query(Long.class).single()).isZero();
        assertThat(audited("INVOICE_PAYMENT_UNDONE", paid)).isOne();
        mvc.perform(list("forfallna"))
                .andExpect(content().string(allOf(containsString("2 dokument"), containsString(paid.number()))));
    }

    @Test
    void aDayInTheFutureBeforeTheInvoiceOrNotADateIsExplainedNextToTheFieldAndKept() throws Exception {
        String page = "/admin/fakturor/" + unpaid.id();
        mvc.perform(post(page + "/betalning").param("paidOn", "2068-03-02").with(as(staff())).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("kan inte ligga i framtiden"),
                        containsString("value=\"2068-03-02\""), containsString("aria-describedby=\"paidOn-fel\""))));
        mvc.perform(post(page + "/betalning").param("paidOn", "2068-01-09").with(as(staff())).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Fakturan utfärdades 2068-01-10. Betalningsdagen kan inte vara tidigare.")));
        mvc.perform(post(page + "/betalning").param("paidOn", "20/2").with(as(staff())).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Skriv datumet som ÅÅÅÅ-MM-DD"), containsString("value=\"20/2\""))));
        mvc.perform(post(page + "/betalning").with(as(staff())).with(csrf()))
                .andExpect(status().isUnprocessableContent());

        assertThat(jdbc.sql("SELECT count(*) FROM invoice_payment WHERE document_id = :id").param("id", unpaid.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void anInvoiceCreditedInFullIsSettledAndACreditNoteIsNeverPaid() throws Exception {
        mvc.perform(get("/admin/fakturor/" + credited.id()).with(as(staff())))
                .andExpect(content().string(allOf(containsString("Krediterad"), containsString(credit.number()),
                        containsString("ska inte betalas"), not(containsString("Markera som betald")))));
        mvc.perform(post("/admin/fakturor/" + credited.id() + "/betalning").param("paidOn", "2068-02-20")
                        .with(as(staff())).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Fakturan är krediterad i sin helhet och ska inte betalas.")));

        mvc.perform(get("/admin/fakturor/" + credit.id()).with(as(staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Kreditfaktura " + credit.number()),
                        containsString("Faktura " + credited.number()), not(containsString("Markera som betald")))));
        mvc.perform(post("/admin/fakturor/" + credit.id() + "/betalning").param("paidOn", "2068-02-20")
                        .with(as(staff())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/fakturor/{id}", "abc").with(as(staff()))).andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder list(String payment) {
        return get("/admin/fakturor").param("q", marker).param("betalning", payment).with(as(staff()));
    }

    private long audited(String action, Invoice invoice) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = :action AND subject_id = :number")
                .param("action", action).param("number", invoice.number()).query(Long.class).single();
    }

    /** Signed in at the test's time, so the session is not older than the absolute timeout. */
    private SignedInUser staff() {
        return new SignedInUser(990601, "ekonomi@example.org", "Handläggare", Set.of(Role.STAFF), Set.of(), clock.instant());
    }
}
