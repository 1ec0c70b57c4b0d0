package se.arena.registration;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.arena.DatabaseSettings;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationFilter;
import se.arena.web.PageClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seat lock held by someone else (a long invoice run, a stuck transaction): a registration
 * waits at most the lock timeout and then gets the "try again" page, instead of waiting on and
 * holding a pooled connection, while every other page keeps working. Runs on both databases.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SeatLockTimeoutIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DatabaseSettings database;

    @Autowired
    NetworkAdministration administration;

    @Autowired
    NetworkCatalogue catalogue;

    @Autowired
    OrganisationDirectory organisations;

    @Test
    void withTheSeatLockHeldARegistrationGets503WithinTheLockTimeoutWhileOtherPagesAnswer() throws Exception {
        Network network = new TestNetworks(administration, catalogue).open(2, null, "");
        String form = "/natverk/" + network.slug() + "/anmalan";
        PageClient visitor = new PageClient(port);
        assertThat(visitor.get(form).statusCode()).isEqualTo(200);
        jdbc.sql("INSERT INTO registration_lock (network_id) VALUES (:id)").param("id", network.id()).update();

        List<HttpResponse<String>> refused = new ArrayList<>();
        List<Integer> otherPages = new ArrayList<>();
        Duration slowest = Duration.ZERO;
        try (Connection holder = dataSource.getConnection();
             ExecutorService registrations = Executors.newVirtualThreadPerTaskExecutor()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("SELECT network_id FROM registration_lock WHERE network_id = ? FOR UPDATE")) {
                lock.setLong(1, network.id());
                lock.executeQuery().close();
            }
            long start = System.nanoTime();
            List<CompletableFuture<HttpResponse<String>>> waiting = List.of(
                    CompletableFuture.supplyAsync(() -> register(visitor, form, network), registrations),
                    CompletableFuture.supplyAsync(() -> register(visitor, form, network), registrations));
            CompletableFuture<Void> allAnswered = CompletableFuture.allOf(waiting.toArray(CompletableFuture[]::new));
            PageClient someoneElse = new PageClient(port);
            while (!allAnswered.isDone()) {
                otherPages.add(someoneElse.get("/natverk").statusCode());
                otherPages.add(someoneElse.get("/aktiviteter").statusCode());
            }
            slowest = Duration.ofNanos(System.nanoTime() - start);
            for (CompletableFuture<HttpResponse<String>> registration : waiting) {
                refused.add(registration.join());
            }
            holder.rollback();
        }

        assertThat(refused).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("10");
            assertThat(response.body()).contains("Tjänsten är tillfälligt överbelastad", "skicka igen", "<html lang=\"sv\">");
        });
        // They waited for the lock as long as the timeout says, and not much longer: PostgreSQL times each
        // lock a statement waits for on its own, and the second in the queue first waits for the first,
        // so at most twice the timeout; far from the statement timeout or the 43 s seen.
        assertThat(slowest).isGreaterThanOrEqualTo(database.lockTimeout().minusMillis(200))
                .isLessThan(database.lockTimeout().multipliedBy(2).plusSeconds(5));
        assertThat(otherPages).hasSizeGreaterThanOrEqualTo(4).containsOnly(200);

        assertThat(visitor.get(form).statusCode()).isEqualTo(200);
        assertThat(register(visitor, form, network).statusCode()).as("the lock released, sending again works").isEqualTo(302);
    }

    private HttpResponse<String> register(PageClient visitor, String form, Network network) {
        String unique = UUID.randomUUID().toString().replace("-", "");
        long karlskoga = organisations.search(OrganisationFilter.of("Karlskoga", null, "MUNICIPALITY"), 1, 1).items().getFirst().id();
        try {
            return visitor.post(form, Map.of("submissionKey", "lock-test-" + unique, "organisationId", Long.toString(karlskoga),
                    "name", "Låst Väntare", "kind", "CIVIL_SERVANT", "email", "vantare-" + unique + "@example.org",
                    "phone", "0586-610 00", "consent", "on"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
