package se.arena.invoicing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.arena.TimeConfiguration;
import se.arena.privacy.Actor;
import se.arena.web.FormErrors;

import static org.assertj.core.api.Assertions.assertThat;

/** Marking an invoice paid against the real database, with many staff pressing at the same moment. */
@SpringBootTest
class InvoicePaymentsIntegrationTest {

    private static final Actor STAFF = new Actor(null, "handlaggare@example.org", "127.0.0.1");
    private static final int PRESSES = 8;

    @Autowired
    Invoices invoices;

    @Autowired
    InvoicePayments payments;

    @Autowired
    JdbcClient jdbc;

    @Test
    void manySimultaneousMarkingsOfOneInvoiceStoreOneRowAndOneAuditEventAndFailNone() throws Exception {
        Invoice invoice = invoices.issue(TestDocuments.draft(List.of(TestDocuments.fee("Åsa Öberg"))), STAFF);
        PaymentForm today = new PaymentForm(LocalDate.now(TimeConfiguration.SWEDEN).toString());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<FormErrors>> outcomes = new ArrayList<>();
        try (ExecutorService staff = Executors.newFixedThreadPool(PRESSES)) {
            for (int press = 0; press < PRESSES; press++) {
                outcomes.add(staff.submit(() -> {
                    start.await();
                    return payments.markPaid(invoice, today, STAFF);
                }));
            }
            start.countDown();
            for (Future<FormErrors> outcome : outcomes) {
                assertThat(outcome.get(30, TimeUnit.SECONDS).isEmpty()).isTrue();
            }
        }

        assertThat(jdbc.sql("SELECT count(*) FROM invoice_payment WHERE document_id = :id").param("id", invoice.id())
                .query(Long.class).single()).isOne();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'INVOICE_PAID' AND subject_id = :number")
                .param("number", invoice.number()).query(Long.class).single()).isOne();
        assertThat(payments.status(invoice).isPaid()).isTrue();
    }
}
