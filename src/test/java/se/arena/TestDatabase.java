package se.arena;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives each test run a database of its own, so that runs never collide. By default a
 * private in-memory H2 database in PostgreSQL mode; when ARENA_TEST_DATABASE_URL names a
 * PostgreSQL server, a fresh database created there for this run and dropped after it.
 */
public class TestDatabase implements LauncherSessionListener {

    public static final String ENVIRONMENT_VARIABLE = "ARENA_TEST_DATABASE_URL";

    /** Every application context the run started, so they can let go of the database first. */
    private static final List<ConfigurableApplicationContext> CONTEXTS = new CopyOnWriteArrayList<>();

    private String adminUrl;
    private String databaseName;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        // An H2 server a test starts (DatabaseOutageIntegrationTest) listens on loopback only; H2 reads
        // this once, so it is set before any test touches H2.
        System.setProperty("h2.bindAddress", "127.0.0.1");
        String serverUrl = System.getenv(ENVIRONMENT_VARIABLE);
        String runId = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (serverUrl == null || serverUrl.isBlank()) {
            System.setProperty("spring.datasource.url", "jdbc:h2:mem:arena_test_" + runId
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            return;
        }
        if (!serverUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException(ENVIRONMENT_VARIABLE + " must be a jdbc:postgresql: URL, was " + serverUrl);
        }
        adminUrl = serverUrl;
        databaseName = "arena_test_" + runId;
        execute("CREATE DATABASE " + databaseName);
        System.setProperty("spring.datasource.url", withDatabase(serverUrl, databaseName));
        System.out.println("[arena] tests run on PostgreSQL database " + databaseName);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        // Spring would close cached contexts at JVM exit, after the database is gone, and their
        // connection pools would then wait for a database that no longer exists.
        CONTEXTS.forEach(ConfigurableApplicationContext::close);
        CONTEXTS.clear();
        if (databaseName != null) {
            execute("DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)");
        }
    }

    /** jdbc:postgresql://host:port/test?user=postgres becomes …/arena_test_x?user=postgres */
    static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String parameters = query < 0 ? "" : url.substring(query);
        int hostStart = base.indexOf("//") + 2;
        int pathStart = base.indexOf('/', hostStart);
        String server = pathStart < 0 ? base : base.substring(0, pathStart);
        return server + "/" + database + parameters;
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + sql + "' on " + adminUrl, e);
        }
    }

    /** Registered in META-INF/spring.factories for the test class path only. */
    public static class ContextTracker implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            CONTEXTS.add(context);
        }
    }
}
