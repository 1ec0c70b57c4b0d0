package se.arena;

import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;

import se.arena.web.PageClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away and comes back. The application reaches the run's database through a
 * relay on loopback ({@link LoopbackProxy}) that the test cuts: while it is cut, the health check
 * says DOWN within 2 s and pages answer the "try again" page (503), not 500 and not a hang, also
 * for a visitor whose session is in the database; once it is restored, everything works again
 * without a restart. On H2 the run's in-memory database is served over TCP for the relay to carry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.hikari.maximum-pool-size=3", "spring.datasource.hikari.pool-name=outage-test",
                "spring.datasource.hikari.exception-override-class-name=se.arena.DatabaseOutageIntegrationTest$EvictBrokenConnections"})
@DirtiesContext
class DatabaseOutageIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    RelayedDatabase database;

    /**
     * The pool reaches the database through the relay. As beans, the relay outlives the pool:
     * the context closes the pool first (it depends on the relay), then the relay.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class ThroughARelay {

        @Bean(destroyMethod = "close")
        RelayedDatabase relayedDatabase(DataSourceProperties properties) throws Exception {
            return RelayedDatabase.of(properties.getUrl());
        }

        @Bean
        @ConfigurationProperties("spring.datasource.hikari")
        HikariDataSource dataSource(DataSourceProperties properties, RelayedDatabase database) {
            return properties.initializeDataSourceBuilder().type(HikariDataSource.class).url(database.url()).build();
        }
    }

    /**
     * PostgreSQL reports a lost connection with SQL state class 08, on which the pool drops it;
     * H2 over TCP (here only) says 90067 or 90121, which the pool would keep lending out.
     */
    public static final class EvictBrokenConnections implements SQLExceptionOverride {

        @java.lang.Override // the interface's nested Override enum hides the annotation's simple name
        public Override adjudicate(SQLException failure) {
            return failure instanceof SQLNonTransientConnectionException ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
        }
    }

    /** The run's database (chosen by TestDatabase) behind a {@link LoopbackProxy}; H2 in memory is first served over TCP on loopback. */
    record RelayedDatabase(String url, LoopbackProxy proxy, Server h2) implements AutoCloseable {

        static RelayedDatabase of(String url) throws Exception {
            if (url.startsWith("jdbc:h2:mem:")) {
                Server h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
                LoopbackProxy proxy = new LoopbackProxy(h2.getPort());
                return new RelayedDatabase("jdbc:h2:tcp://127.0.0.1:" + proxy.port() + "/mem:"
                        + url.substring("jdbc:h2:mem:".length()), proxy, h2);
            }
            URI server = URI.create(url.substring("jdbc:".length()));
            assertThat(server.getHost()).as("fault tests target loopback only").isIn("127.0.0.1", "localhost");
            LoopbackProxy proxy = new LoopbackProxy(server.getPort() < 0 ? 5432 : server.getPort());
            return new RelayedDatabase(url.replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/"), proxy, null);
        }

        @Override
        public void close() throws Exception {
            proxy.close();
            if (h2 != null) {
                h2.stop();
            }
        }
    }

    @Test
    void whileTheDatabaseIsAwayHealthIsDownAndPagesSayTryAgainAndAfterwardsAllWorksWithoutRestart() throws Exception {
        PageClient anonymous = new PageClient(port);
        PageClient visitorWithSession = new PageClient(port);
        assertThat(visitorWithSession.get("/logga-in").headers().allValues("Set-Cookie"))
                .as("the visitor has a session in the database").anyMatch(cookie -> cookie.startsWith("SESSION="));
        assertThat(anonymous.get("/natverk").statusCode()).isEqualTo(200);
        assertThat(health(anonymous).statusCode()).isEqualTo(200);

        database.proxy().cut();

        for (int probe = 0; probe < 3; probe++) {
            HttpResponse<String> health = within(Duration.ofSeconds(2), () -> health(anonymous));
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"status\":\"DOWN\"");
        }
        Duration pageLimit = Duration.ofSeconds(15); // the pool's connection timeout (3 s) with room for a slow machine
        assertTryAgainPage(within(pageLimit, () -> anonymous.get("/natverk")));
        assertTryAgainPage(within(pageLimit, () -> visitorWithSession.get("/aktiviteter")));
        HttpResponse<String> form = within(pageLimit, () -> visitorWithSession.post("/logga-in", Map.of("email", "deltagare@example.org")));
        assertTryAgainPage(form);
        assertThat(form.body()).contains("gå tillbaka", "skicka igen");
        HttpResponse<String> api = within(pageLimit, () -> anonymous.getJson("/api/v1/networks"));
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(api.body()).contains("\"status\":503", "Tjänsten är tillfälligt överbelastad");

        database.proxy().restore();

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (health(anonymous).statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(health(anonymous).body()).contains("\"status\":\"UP\"");
        assertThat(anonymous.get("/natverk").statusCode()).isEqualTo(200);
        assertThat(visitorWithSession.get("/aktiviteter").statusCode()).isEqualTo(200);
        HttpResponse<String> signIn = visitorWithSession.get("/logga-in");
        assertThat(signIn.statusCode()).as("the session from before the outage still works").isEqualTo(200);
        assertThat(signIn.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION="));
    }

    private static void assertTryAgainPage(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(response.headers().firstValue("Content-Security-Policy")).as("the page's security headers")
                .hasValueSatisfying(policy -> assertThat(policy).contains("default-src 'self'"));
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.body()).contains("<html lang=\"sv\">", "Tjänsten är tillfälligt överbelastad", "försök igen")
                .doesNotContain("Exception", "SQL", "Hikari");
    }

    private static HttpResponse<String> health(PageClient client) throws Exception {
        return client.getJson("/actuator/health");
    }

    /** Honest about time: the request must be answered inside the limit the application promises. */
    private static <T> T within(Duration limit, Callable<T> request) throws Exception {
        long start = System.nanoTime();
        T answer = request.call();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(limit);
        return answer;
    }
}
