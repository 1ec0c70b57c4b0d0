package se.arena.web;

import java.io.EOFException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE;

class DatabaseFailuresTest {

    @Test
    void aBusyOrUnreachableDatabaseIsTryAgainHoweverItIsWrapped() {
        SQLTransientConnectionException poolRanDry = new SQLTransientConnectionException("Connection is not available",
                "08001", new SQLException("The connection attempt failed.", "08001", new EOFException()));
        assertThat(DatabaseFailures.statusFor(new CannotAcquireLockException("seat lock"))).hasValue(SERVICE_UNAVAILABLE);
        assertThat(DatabaseFailures.statusFor(new QueryTimeoutException("statement timeout"))).hasValue(SERVICE_UNAVAILABLE);
        assertThat(DatabaseFailures.statusFor(new CannotGetJdbcConnectionException("no connection", poolRanDry)))
                .hasValue(SERVICE_UNAVAILABLE);
        assertThat(DatabaseFailures.statusFor(new ServletException("session filter",
                new CannotCreateTransactionException("Could not open JDBC Connection", poolRanDry)))).hasValue(SERVICE_UNAVAILABLE);
        // a rollback that failed because the connection was gone replaces the failure in a transaction template
        assertThat(DatabaseFailures.statusFor(new TransactionSystemException("rollback failed",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).hasValue(SERVICE_UNAVAILABLE);
    }

    /** Spring leaves PostgreSQL's lock timeout uncategorised; its SQL state says what it is. */
    @Test
    void postgresqlsLockTimeoutIsTryAgain() {
        assertThat(DatabaseFailures.statusFor(new UncategorizedSQLException("lock", "SELECT … FOR UPDATE",
                new SQLException("canceling statement due to lock timeout", "55P03")))).hasValue(SERVICE_UNAVAILABLE);
    }

    @Test
    void aUniqueKeyClashIsAConflict() {
        assertThat(DatabaseFailures.statusFor(new DuplicateKeyException("registration_email_key"))).hasValue(CONFLICT);
    }

    @Test
    void everythingElseStaysAFailureOfOurs() {
        assertThat(DatabaseFailures.statusFor(new IllegalStateException("a bug"))).isEmpty();
        assertThat(DatabaseFailures.statusFor(new UncategorizedSQLException("syntax", "SELEC 1",
                new SQLException("syntax error", "42601")))).isEmpty();
        assertThat(DatabaseFailures.statusFor(new EOFException("the visitor went away"))).isEmpty();
    }
}
