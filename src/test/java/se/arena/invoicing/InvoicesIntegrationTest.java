package se.arena.invoicing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.arena.Money;
import se.arena.TestClock;
import se.arena.privacy.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issuing invoices and credit notes against the real database. Each test issues in a year of its
 * own, so its number series starts at 1 whatever else the run has issued.
 */
@SpringBootTest
class InvoicesIntegrationTest {

    private static final Actor STAFF = new Actor(null, "handlaggare@example.org", "127.0.0.1");

    @Autowired
    Invoices invoices;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anIssuedInvoiceHasTheNextNumberOfItsYearAndIsStoredAsItWasIssued() {
        clock.set(Instant.parse("2061-02-01T08:00:00Z"));
        DraftInvoice draft = TestDocuments.draft(List.of(TestDocuments.fee("Åsa Öberg"), TestDocuments.fee("Per Ärlig")));

        Invoice first = invoices.issue(draft, STAFF);
        Invoice second = invoices.issue(TestDocuments.draft(List.of(TestDocuments.fee("Lars Lund"))), STAFF);

        assertThat(first.number()).isEqualTo("2061-00001");
        assertThat(second.number()).isEqualTo("2061-00002");
        assertThat(first.issueDate()).isEqualTo(LocalDate.of(2061, 2, 1));
        assertThat(first.dueDate()).isEqualTo(LocalDate.of(2061, 3, 3));
        assertThat(first.buyer()).isEqualTo(TestDocuments.KARLSKOGA);
        assertThat(first.buyer().peppolId()).isEqualTo("0007:2120001991");
        assertThat(first.seller()).isEqualTo(invoices.seller());
        assertThat(first.lines()).isEqualTo(draft.lines());
        assertThat(first.totals().total()).isEqualTo(Money.ofKronor(2250));
        assertThat(invoices.find(first.id())).contains(first);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'INVOICE_ISSUED' AND subject_id = '2061-00001'")
                .query(Long.class).single()).isOne();
    }

    @Test
    void issuingTheSameDraftAgainGivesTheSameInvoiceAndTakesNoNumber() {
        clock.set(Instant.parse("2062-02-01T08:00:00Z"));
        DraftInvoice draft = TestDocuments.draft(List.of(TestDocuments.fee("Åsa Öberg")));

        Invoice first = invoices.issue(draft, STAFF);
        Invoice again = invoices.issue(draft, STAFF);
        Invoice next = invoices.issue(TestDocuments.draft(List.of(TestDocuments.fee("Per Ärlig"))), STAFF);

        assertThat(again).isEqualTo(first);
        assertThat(next.number()).isEqualTo("2062-00002");
    }

    @Test
    void anIssueThatIsRolledBackGivesItsNumberBack() {
        clock.set(Instant.parse("2063-02-01T08:00:00Z"));
        TransactionTemplate caller = new TransactionTemplate(transactions);

        String rolledBack = caller.execute(status -> {
            Invoice issued = invoices.issue(TestDocuments.draft(List.of(TestDocuments.fee("Åsa Öberg"))), STAFF);
            status.setRollbackOnly();
            return issued.number();
        });
        Invoice kept = invoices.issue(TestDocuments.draft(List.of(TestDocuments.fee("Per Ärlig"))), STAFF);

        assertThat(rolledBack).isEqualTo("2063-00001");
        assertThat(kept.number()).isEqualTo("2063-00001");
        assertThat(jdbc.sql("SELECT count(*) FROM invoice_document WHERE series_year = 2063").query(Long.class).single()).isOne();
    }

    @Test
    void aFreeNetworkProducesNoInvoice() {
        assertThatThrownBy(() -> TestDocuments.draft(List.of(new InvoiceLine("Deltagaravgift 2027, Åsa Öberg", 1, Money.ZERO, 250))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kostnadsfria nätverk faktureras inte");
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnIssuedDocument() {
        clock.set(Instant.parse("2064-02-01T08:00:00Z"));
        Invoice invoice = invoices.issue(TestDocuments.draft(List.of(TestDocuments.fee("Åsa Öberg"))), STAFF);

        assertThatThrownBy(() -> jdbc.sql("UPDATE invoice_document SET total_ore = 1, net_ore = 1, vat_ore = 0 WHERE id = :id")
                .param("id", invoice.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("UPDATE invoice_document_line SET description = 'Ändrad' WHERE document_id = :id")
                .param("id", invoice.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM invoice_document_line WHERE document_id = :id").param("id", invoice.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(invoices.find(invoice.id())).contains(invoice);
    }

    @Test
    void aFullCreditNoteReferencesTheInvoiceAndNetsItToZeroPerVatRate() {
        clock.set(Instant.parse("2065-02-01T08:00:00Z"));
        Invoice invoice = invoices.issue(TestDocuments.draft(List.of(
                TestDocuments.fee("Åsa Öberg"),
                new InvoiceLine("Studieresa till Göteborg", 1, new Money(1_234_567), 0),
                new InvoiceLine("Konferensmiddag", 3, new Money(33_333), 120))), STAFF);
        clock.set(Instant.parse("2065-03-10T08:00:00Z"));

        CreditNote credit = invoices.creditInFull(invoice.id(), "Fel organisation fakturerad", "credit-" + invoice.id(), STAFF);

        assertThat(credit.number()).isEqualTo("K2065-00001");
        assertThat(credit.invoiceNumber()).isEqualTo(invoice.number());
        assertThat(credit.invoiceIssueDate()).isEqualTo(invoice.issueDate());
        assertThat(credit.issueDate()).isEqualTo(LocalDate.of(2065, 3, 10));
        assertThat(invoices.creditNotesOf(invoice)).containsExactly(credit);
        Map<Integer, Long> net = netPerRate(List.of(invoice), List.of(credit));
        assertThat(net).containsOnlyKeys(0, 120, 250).allSatisfy((rate, ore) -> assertThat(ore).isZero());
        assertThat(invoice.totals().vatTotal().ore() - credit.totals().vatTotal().ore()).isZero();
        assertThat(invoice.totals().total().ore() - credit.totals().total().ore()).isZero();
    }

    @Test
    void creditNotesCannotTakeBackMoreThanTheInvoiceWas() {
        clock.set(Instant.parse("2066-02-01T08:00:00Z"));
        Invoice invoice = invoices.issue(TestDocuments.draft(List.of(TestDocuments.fee("Åsa Öberg"), TestDocuments.fee("Per Ärlig"))), STAFF);

        CreditNote partial = invoices.credit(invoice.id(), List.of(TestDocuments.fee("Per Ärlig")), "Per Ärlig avanmäld",
                "partial-" + invoice.id(), STAFF);
        CreditNote again = invoices.credit(invoice.id(), List.of(TestDocuments.fee("Per Ärlig")), "Per Ärlig avanmäld",
                "partial-" + invoice.id(), STAFF);

        assertThat(again).isEqualTo(partial);
        assertThatThrownBy(() -> invoices.creditInFull(invoice.id(), "Allt fel", "full-" + invoice.id(), STAFF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("större än det som återstår");
        assertThatThrownBy(() -> invoices.credit(invoice.id(), List.of(new InvoiceLine("Moms 6 %", 1, Money.ofKronor(1), 60)),
                "Fel", "other-rate-" + invoice.id(), STAFF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("6 % moms");
        CreditNote rest = invoices.credit(invoice.id(), List.of(TestDocuments.fee("Åsa Öberg")), "Åsa Öberg avanmäld",
                "rest-" + invoice.id(), STAFF);
        assertThat(rest.number()).isEqualTo("K2066-00002");
        assertThat(netPerRate(List.of(invoice), invoices.creditNotesOf(invoice))).containsExactly(Map.entry(250, 0L));
    }

    @Test
    void everyDocumentReadBackFromTheDatabasePassesThePeppolRules() {
        clock.set(Instant.parse("2067-02-01T08:00:00Z"));
        Invoice invoice = invoices.issue(TestDocuments.draft(List.of(TestDocuments.fee("Åsa Öberg"),
                new InvoiceLine("Studieresa till Göteborg", 2, new Money(450_050), 0))), STAFF);
        CreditNote credit = invoices.creditInFull(invoice.id(), "Dubbelfakturerad", "credit-" + invoice.id(), STAFF);

        for (IssuedDocument document : List.of(invoices.find(invoice.id()).orElseThrow(), invoices.find(credit.id()).orElseThrow())) {
            PeppolRules.Outcome outcome = PeppolRules.validate(PeppolUbl.xml(document),
                    document instanceof Invoice ? PeppolRules.INVOICE : PeppolRules.CREDIT_NOTE);
            assertThat(outcome.errors()).as(document.number()).isEmpty();
            assertThat(outcome.layersRun()).isEqualTo(outcome.layers());
        }
    }

    @Test
    void anOrganisationsInvoicesOfARunAreIssuedTogetherAndNeverBesideAnInvoiceOfTheOtherShape() {
        clock.set(Instant.parse("2069-02-01T08:00:00Z"));
        long network = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
        String organisation = "network-" + network + "/year-2028/organisation-11";
        DraftInvoice whole = TestDocuments.runDraft(network, 11, organisation, "Åsa Öberg", "Per Ärlig");
        List<DraftInvoice> perPerson = List.of(TestDocuments.runDraft(network, 11, organisation + "/registration-1", "Åsa Öberg"),
                TestDocuments.runDraft(network, 11, organisation + "/registration-2", "Per Ärlig"));

        List<Invoice> issued = invoices.issueTogether(perPerson, STAFF);
        List<Invoice> again = invoices.issueTogether(perPerson, STAFF);
        // as when a colleague's page still offered one invoice for the organisation
        List<Invoice> ofTheOtherShape = invoices.issueTogether(List.of(whole), STAFF);
        Invoice next = invoices.issue(TestDocuments.draft(List.of(TestDocuments.fee("Lars Lund"))), STAFF);

        assertThat(issued).extracting(Invoice::number).containsExactly("2069-00001", "2069-00002");
        assertThat(again).isEqualTo(issued);
        assertThat(ofTheOtherShape).isEmpty();
        assertThat(next.number()).isEqualTo("2069-00003");
        assertThat(invoices.invoicesFor(network, 2028)).isEqualTo(issued);
        assertThatThrownBy(() -> invoices.issueTogether(List.of(whole, TestDocuments.draft(List.of(TestDocuments.fee("Lars Lund")))), STAFF))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Net amount plus VAT per rate, with credit notes counted negative: what the books end up with. */
    private static Map<Integer, Long> netPerRate(List<Invoice> issued, List<CreditNote> credited) {
        Map<Integer, Long> invoiced = issued.stream().flatMap(invoice -> invoice.totals().vat().stream())
                .collect(Collectors.groupingBy(InvoiceTotals.VatBreakdown::ratePerMille,
                        Collectors.summingLong(rate -> rate.taxable().ore() + rate.vat().ore())));
        credited.stream().flatMap(credit -> credit.totals().vat().stream())
                .forEach(rate -> invoiced.merge(rate.ratePerMille(), -(rate.taxable().ore() + rate.vat().ore()), Long::sum));
        return invoiced;
    }
}
