package se.arena.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.Organisation;
import se.arena.organisation.OrganisationDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A registration rush with real threads: the seat limits must hold in the database. Runs on
 * both databases; CI's PostgreSQL run is the one that matters for production.
 */
@SpringBootTest
class RegistrationConcurrencyIntegrationTest {

    @Autowired
    Registrations registrations;

    @Autowired
    NetworkAdministration administration;

    @Autowired
    NetworkCatalogue catalogue;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoHundredAtOnceFromFiftyOrganisationsGiveExactlySixtySeatsAndNeverMoreThanTwoEach() throws Exception {
        Network network = new TestNetworks(administration, catalogue).open(2, 60, "");
        List<Organisation> fifty = organisations.all().subList(0, 50);
        List<NewRegistration> rush = new ArrayList<>();
        for (int person = 0; person < 4; person++) {
            for (Organisation organisation : fifty) {
                rush.add(TestNetworks.person(network, organisation.id()));
            }
        }

        ExecutorService threads = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RegistrationResult>> results = new ArrayList<>();
        for (NewRegistration registration : rush) {
            results.add(threads.submit(() -> {
                start.await();
                return registrations.register(network, registration);
            }));
        }
        start.countDown();
        int errors = 0;
        for (Future<RegistrationResult> result : results) {
            try {
                result.get(120, TimeUnit.SECONDS);
            } catch (Exception failed) {
                errors++;
            }
        }
        threads.shutdown();

        assertThat(errors).isZero();
        Map<String, Long> byStatus = jdbc.sql("SELECT status FROM registration WHERE network_id = :id")
                .param("id", network.id()).query(String.class).list().stream()
                .collect(Collectors.groupingBy(status -> status, Collectors.counting()));
        assertThat(byStatus).containsEntry("CONFIRMED", 60L).containsEntry("WAITLISTED", 140L);
        assertThat(jdbc.sql("""
                SELECT max(seats) FROM (SELECT count(*) AS seats FROM registration
                WHERE network_id = :id AND status = 'CONFIRMED' GROUP BY organisation_id) per_organisation
                """).param("id", network.id()).query(Long.class).single()).isLessThanOrEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE subject = :subject")
                .param("subject", "Bekräftelse: " + network.title()).query(Long.class).single()).isEqualTo(60);
    }

    /**
     * The public form's path: the holds of unconfirmed registrations count like seats, so the
     * same rush holds exactly sixty; then everyone confirms at once while a hundred more register
     * signed in, and exactly the sixty who were promised a seat get one.
     */
    @Test
    void pendingHoldsCountLikeSeatsAndTheirConfirmationsKeepThePromiseUnderARush() throws Exception {
        Network network = new TestNetworks(administration, catalogue).open(2, 60, "");
        List<Organisation> fifty = organisations.all().subList(0, 50);
        List<NewRegistration> rush = new ArrayList<>();
        for (int person = 0; person < 4; person++) {
            for (Organisation organisation : fifty) {
                rush.add(TestNetworks.person(network, organisation.id()));
            }
        }
        List<Registration> pending = inParallel(rush.stream()
                .<Callable<Registration>>map(registration -> () -> registrations.registerPending(network, registration).registration())
                .toList());
        assertThat(pending).allMatch(registration -> registration.status() == RegistrationStatus.PENDING);
        List<Registration> promised = pending.stream().filter(registration -> registration.hold().seat()).toList();
        assertThat(promised).hasSize(60);
        assertThat(promised.stream().collect(Collectors.groupingBy(Registration::organisationId, Collectors.counting())).values())
                .allMatch(seats -> seats <= 2);

        List<Callable<Registration>> confirmationsAndNewcomers = new ArrayList<>();
        pending.forEach(registration -> confirmationsAndNewcomers.add(() -> registrations.confirm(network, registration)));
        for (int person = 0; person < 100; person++) {
            NewRegistration newcomer = TestNetworks.person(network, fifty.get(person % 50).id());
            confirmationsAndNewcomers.add(() -> registrations.register(network, newcomer).registration());
        }
        inParallel(confirmationsAndNewcomers);

        assertThat(jdbc.sql("SELECT id FROM registration WHERE network_id = :id AND status = 'CONFIRMED'")
                .param("id", network.id()).query(Long.class).list())
                .containsExactlyInAnyOrderElementsOf(promised.stream().map(Registration::id).toList());
        assertThat(jdbc.sql("SELECT count(*) FROM registration WHERE network_id = :id AND status = 'WAITLISTED'")
                .param("id", network.id()).query(Long.class).single()).isEqualTo(240);
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE subject = :subject")
                .param("subject", "Bekräftelse: " + network.title()).query(Long.class).single()).isEqualTo(60);
    }

    private static <T> List<T> inParallel(List<Callable<T>> tasks) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(threads.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(120, TimeUnit.SECONDS));
        }
        threads.shutdown();
        return results;
    }

    /**
     * The negative control, for both paths: without the lock, people who count at the same moment
     * all get a seat, or all get a seat held for their confirmation.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void withoutTheDatabaseLockTheSameRushOversells(boolean proven) throws Exception {
        Network network = new TestNetworks(administration, catalogue).open(2, null, "");
        long organisation = organisations.all().get(60).id();
        int people = 5;
        CyclicBarrier everyoneHasCounted = new CyclicBarrier(people);
        ExecutorService threads = Executors.newFixedThreadPool(people);
        List<Future<RegistrationResult>> results = new ArrayList<>();
        for (int person = 0; person < people; person++) {
            NewRegistration registration = TestNetworks.person(network, organisation);
            results.add(threads.submit(() -> registrations.registerWithoutLock(network, registration, proven, () -> {
                try {
                    everyoneHasCounted.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                    throw new IllegalStateException(e);
                }
            })));
        }
        for (Future<RegistrationResult> result : results) {
            result.get(60, TimeUnit.SECONDS);
        }
        threads.shutdown();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM registration
                WHERE network_id = :id AND (status = 'CONFIRMED' OR status = 'PENDING' AND holds_seat = TRUE)
                """).param("id", network.id()).query(Long.class).single()).isGreaterThan(2);
    }
}
