package se.arena.invoicing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.arena.TestClock;
import se.arena.privacy.Actor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several staff issuing at the same moment, with real threads: the numbers must come out as one
 * unbroken series. Runs on both databases; CI's PostgreSQL run is the one that matters for production.
 */
@SpringBootTest
class InvoiceNumberConcurrencyIntegrationTest {

    private static final Actor STAFF = new Actor(null, "handlaggare@example.org", "127.0.0.1");

    @Autowired
    Invoices invoices;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void eightIssuersIssuingTwoHundredInvoicesAtOnceGetTheNumbersOneToTwoHundredWithoutGapsOrRepeats() throws Exception {
        clock.set(Instant.parse("2071-01-15T08:00:00Z"));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Invoice>> issued = new ArrayList<>();
        for (int invoice = 0; invoice < 200; invoice++) {
            DraftInvoice draft = TestDocuments.draft(List.of(TestDocuments.fee("Deltagare " + invoice)));
            issued.add(threads.submit(() -> {
                start.await();
                return invoices.issue(draft, STAFF);
            }));
        }
        start.countDown();
        List<String> numbers = new ArrayList<>();
        for (Future<Invoice> invoice : issued) {
            numbers.add(invoice.get(120, TimeUnit.SECONDS).number());
        }
        threads.shutdown();

        List<String> oneToTwoHundred = IntStream.rangeClosed(1, 200).mapToObj(n -> String.format("2071-%05d", n)).toList();
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(oneToTwoHundred);
        assertThat(jdbc.sql("SELECT number FROM invoice_document WHERE kind = 'INVOICE' AND series_year = 2071 ORDER BY number")
                .query(String.class).list()).isEqualTo(oneToTwoHundred);
        assertThat(jdbc.sql("SELECT last_number FROM invoice_number_counter WHERE kind = 'INVOICE' AND series_year = 2071")
                .query(Integer.class).single()).isEqualTo(200);
    }

    /**
     * The negative control: issuers that read the counter without the lock all see the same last
     * number and all take the next one; the unique constraint then lets only one of them keep it.
     */
    @Test
    void withoutTheLockIssuersTakeTheSameNumberAndOnlyTheUniqueConstraintStopsTheRepeat() throws Exception {
        clock.set(Instant.parse("2072-01-15T08:00:00Z"));
        int issuers = 4;
        CyclicBarrier everyoneHasRead = new CyclicBarrier(issuers);
        List<Integer> numbersTaken = new CopyOnWriteArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(issuers);
        List<Future<Invoice>> attempts = new ArrayList<>();
        for (int issuer = 0; issuer < issuers; issuer++) {
            DraftInvoice draft = TestDocuments.draft(List.of(TestDocuments.fee("Deltagare " + issuer)));
            attempts.add(threads.submit(() -> invoices.issueWithoutLock(draft, STAFF, sequence -> {
                numbersTaken.add(sequence);
                try {
                    everyoneHasRead.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                    throw new IllegalStateException(e);
                }
            })));
        }
        int stored = 0;
        List<Throwable> refused = new ArrayList<>();
        for (Future<Invoice> attempt : attempts) {
            try {
                attempt.get(60, TimeUnit.SECONDS);
                stored++;
            } catch (ExecutionException failed) {
                refused.add(failed.getCause());
            }
        }
        threads.shutdown();

        assertThat(numbersTaken).hasSize(issuers).containsOnly(1);
        assertThat(stored).isOne();
        assertThat(refused).hasSize(issuers - 1).allSatisfy(failure -> assertThat(failure).isInstanceOf(DataAccessException.class));
        assertThat(jdbc.sql("SELECT number FROM invoice_document WHERE series_year = 2072").query(String.class).list())
                .containsExactly("2072-00001");
    }
}
