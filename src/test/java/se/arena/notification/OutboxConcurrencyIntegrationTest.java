package se.arena.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several relays (threads here, nodes in production) working the same outbox send every message
 * exactly once. Runs with real threads on H2 and on PostgreSQL.
 */
class OutboxConcurrencyIntegrationTest extends SmtpTestServer {

    private static final int RELAYS = 4;
    private static final int MESSAGES = 50;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRelay relay;

    @Autowired
    OutboxRepository messages;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void relaysRunningAtOnceDeliverEveryMessageExactlyOnce() throws Exception {
        String batch = UUID.randomUUID().toString();
        List<Long> ids = enqueue(batch);

        CountDownLatch start = new CountDownLatch(1);
        runConcurrently(relayNumber -> {
            start.await();
            return relay.relayDue();
        }, start);

        assertDeliveredExactlyOnce(batch, ids);
    }

    /**
     * The worst interleaving, forced: every relay has listed the same due messages before any of
     * them claims one, so all of them try to claim and send every message.
     */
    @Test
    void relaysThatListedTheSameMessagesStillSendEachOnlyOnce() throws Exception {
        String batch = UUID.randomUUID().toString();
        List<Long> ids = enqueue(batch);
        CyclicBarrier allListed = new CyclicBarrier(RELAYS);
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.ofMillis(1));

        runConcurrently(relayNumber -> {
            List<Long> due = messages.dueIds(clock.instant(), 100_000).stream().filter(ids::contains).toList();
            assertThat(due).containsExactlyInAnyOrderElementsOf(ids);
            allListed.await(30, TimeUnit.SECONDS);
            int sent = 0;
            for (long id : due) {
                if (relay.relayOne(id, "test-relay-" + relayNumber + "-" + batch, clock)) {
                    sent++;
                }
            }
            return sent;
        }, null);

        assertDeliveredExactlyOnce(batch, ids);
    }

    /**
     * Negative control: the same forced interleaving with a claim that does not re-check the
     * row's state. Every relay believes it owns every message, so each would be sent four times.
     */
    @Test
    void withoutTheConditionalClaimEveryRelayTakesEveryMessage() throws Exception {
        String batch = UUID.randomUUID().toString();
        List<Long> ids = enqueue(batch);
        CyclicBarrier allListed = new CyclicBarrier(RELAYS);
        Instant now = Instant.now().plusMillis(1);
        Map<Long, AtomicInteger> claimsPerMessage = new ConcurrentHashMap<>();

        runConcurrently(relayNumber -> {
            List<Long> due = messages.dueIds(now, 100_000).stream().filter(ids::contains).toList();
            allListed.await(30, TimeUnit.SECONDS);
            for (long id : due) {
                int updated = jdbc.sql("""
                        UPDATE outbox_message SET status = 'SENDING', claimed_by = :claimant,
                                                  claim_expires_at = :until
                        WHERE id = :id
                        """)
                        .param("id", id)
                        .param("claimant", "naive-" + relayNumber)
                        .param("until", now.plus(Duration.ofMinutes(5)).atOffset(ZoneOffset.UTC))
                        .update();
                if (updated == 1) {
                    claimsPerMessage.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
                }
            }
            return 0;
        }, null);

        assertThat(claimsPerMessage).hasSize(MESSAGES);
        assertThat(claimsPerMessage.values()).allSatisfy(claims -> assertThat(claims.get()).isEqualTo(RELAYS));
    }

    private List<Long> enqueue(String batch) {
        return transaction.execute(status -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < MESSAGES; i++) {
                ids.add(outbox.enqueue(recipient(batch, i), "Logga in på Arena", "sign-in-link",
                        Map.of("link", "https://arena.example.org/logga-in?n=" + i, "validMinutes", 15)));
            }
            return ids;
        });
    }

    private void assertDeliveredExactlyOnce(String batch, List<Long> ids) throws Exception {
        // Sends have returned by now; the bounded wait only covers GreenMail's own hand-over.
        assertThat(greenMail.waitForIncomingEmail(10_000, MESSAGES)).isTrue();
        List<String> deliveredTo = new ArrayList<>();
        Set<String> messageIds = new HashSet<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            String to = message.getHeader("To")[0];
            if (to.contains(batch)) {
                deliveredTo.add(to);
                messageIds.add(message.getMessageID());
            }
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            expected.add(recipient(batch, i));
        }
        assertThat(deliveredTo).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(messageIds).hasSize(MESSAGES);
        for (long id : ids) {
            assertThat(messages.find(id).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
        }
    }

    /** Runs the task on RELAYS threads at once and waits for all of them, bounded. */
    private void runConcurrently(RelayTask task, CountDownLatch start) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(RELAYS);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < RELAYS; i++) {
                int relayNumber = i;
                results.add(threads.submit((Callable<Integer>) () -> task.run(relayNumber)));
            }
            if (start != null) {
                start.countDown();
            }
            for (Future<Integer> result : results) {
                result.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static String recipient(String batch, int i) {
        return "relay-" + i + "-" + batch + "@example.org";
    }

    @FunctionalInterface
    private interface RelayTask {
        int run(int relayNumber) throws Exception;
    }
}
