package se.arena.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sign-up rush with real threads: an occasion's capacity must hold in the database. Runs on
 * both databases; CI's PostgreSQL run is the one that matters for production.
 */
@SpringBootTest
class SignUpConcurrencyIntegrationTest {

    @Autowired
    ActivityAdministration administration;

    @Autowired
    ActivityCatalogue catalogue;

    @Autowired
    SignUps signUps;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHundredAtOnceForThirtyPlacesGiveExactlyThirtyConfirmedAndTheRestWaitlisted() throws Exception {
        Activity activity = new TestActivities(administration, catalogue, signUps).publicSeminar(30);
        Occasion occasion = catalogue.occasions(activity).getFirst();

        ExecutorService threads = Executors.newFixedThreadPool(100);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<SignUpResult>> results = new ArrayList<>();
        for (int person = 0; person < 100; person++) {
            NewSignUp signUp = TestActivities.person(occasion, true);
            results.add(threads.submit(() -> {
                start.await();
                return signUps.signUp(activity, signUp);
            }));
        }
        start.countDown();
        int errors = 0;
        for (Future<SignUpResult> result : results) {
            try {
                result.get(120, TimeUnit.SECONDS);
            } catch (Exception failed) {
                errors++;
            }
        }
        threads.shutdown();

        assertThat(errors).isZero();
        Map<String, Long> byStatus = jdbc.sql("SELECT status FROM activity_sign_up WHERE occasion_id = :id")
                .param("id", occasion.id()).query(String.class).list().stream()
                .collect(Collectors.groupingBy(status -> status, Collectors.counting()));
        assertThat(byStatus).containsOnly(Map.entry("CONFIRMED", 30L), Map.entry("WAITLISTED", 70L));
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE subject = :subject")
                .param("subject", "Bekräftelse: " + activity.title()).query(Long.class).single()).isEqualTo(30);
    }

    /** The negative control: without the lock, people who count at the same moment all get a place. */
    @Test
    void withoutTheDatabaseLockTheSameRushOversells() throws Exception {
        Activity activity = new TestActivities(administration, catalogue, signUps).publicSeminar(2);
        Occasion occasion = catalogue.occasions(activity).getFirst();
        int people = 5;
        CyclicBarrier everyoneHasCounted = new CyclicBarrier(people);
        ExecutorService threads = Executors.newFixedThreadPool(people);
        List<Future<SignUpResult>> results = new ArrayList<>();
        for (int person = 0; person < people; person++) {
            NewSignUp signUp = TestActivities.person(occasion, true);
            results.add(threads.submit(() -> signUps.signUpWithoutLock(activity, signUp, () -> {
                try {
                    everyoneHasCounted.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                    throw new IllegalStateException(e);
                }
            })));
        }
        for (Future<SignUpResult> result : results) {
            result.get(60, TimeUnit.SECONDS);
        }
        threads.shutdown();
        assertThat(jdbc.sql("SELECT count(*) FROM activity_sign_up WHERE occasion_id = :id AND status = 'CONFIRMED'")
                .param("id", occasion.id()).query(Long.class).single()).isGreaterThan(2);
    }
}
