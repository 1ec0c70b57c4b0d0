package se.arena;

import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Every pooled connection carries the lock and statement timeouts; the seat lock test shows the lock timeout at work. */
@SpringBootTest
class DatabaseSettingsIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DatabaseSettings settings;

    @Test
    void eachConnectionHasTheConfiguredLockAndStatementTimeouts() throws Exception {
        String database;
        try (Connection connection = dataSource.getConnection()) {
            database = connection.getMetaData().getDatabaseProductName();
        }
        long lockTimeout;
        long statementTimeout;
        if (database.equals("PostgreSQL")) {
            lockTimeout = milliseconds("SELECT extract(epoch FROM current_setting('lock_timeout')::interval) * 1000");
            statementTimeout = milliseconds("SELECT extract(epoch FROM current_setting('statement_timeout')::interval) * 1000");
        } else {
            assertThat(database).isEqualTo("H2");
            lockTimeout = milliseconds("SELECT LOCK_TIMEOUT()");
            statementTimeout = milliseconds(
                    "SELECT CAST(SETTING_VALUE AS BIGINT) FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'QUERY_TIMEOUT'");
        }
        assertThat(lockTimeout).isEqualTo(settings.lockTimeout().toMillis()).isPositive();
        assertThat(statementTimeout).isEqualTo(settings.statementTimeout().toMillis()).isPositive();
    }

    private long milliseconds(String query) {
        return jdbc.sql(query).query(Number.class).single().longValue();
    }
}
