package se.arena.privacy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.arena.Paged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit log against the real database: H2 by default, PostgreSQL when the run names one. */
@SpringBootTest
class AuditLogIntegrationTest {

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditLogRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    /** Every test writes rows of its own into the shared table and only ever looks at those. */
    private final String marker = "marker-" + UUID.randomUUID();

    @Test
    void recordJoinsTheCallersTransactionAndRollsBackWithIt() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            auditLog.record(roleChange(marker));
            assertThat(countMarked()).as("visible inside the caller's transaction").isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(countMarked()).as("gone with the caller's rollback").isZero();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> auditLog.record(roleChange(marker)));
        assertThat(countMarked()).as("kept with the caller's commit").isEqualTo(1);
    }

    @Test
    void recordWithoutATransactionWritesInItsOwnAtTheClocksTime() {
        Instant before = Instant.now();
        auditLog.record(new AuditEvent(new Actor(42L, "anna@example.org", "2001:db8::7"),
                AuditActions.PERSONAL_DATA_CHANGED, "account", "42", "E-post ändrad " + marker));
        Instant after = Instant.now();

        AuditEntry entry = only(search(new AuditFilter(marker, null, null, null, null)));
        assertThat(entry.actorAccountId()).isEqualTo(42L);
        assertThat(entry.actorLabel()).isEqualTo("anna@example.org");
        assertThat(entry.ipAddress()).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(entry.action()).isEqualTo(AuditActions.PERSONAL_DATA_CHANGED);
        assertThat(entry.subject()).isEqualTo("account 42");
        assertThat(entry.details()).isEqualTo("E-post ändrad " + marker);
        assertThat(entry.occurredAt()).isBetween(before.minusSeconds(1), after.plusSeconds(1));
    }

    @Test
    void storesTheInstantInUtcWhateverTheClocksZone() {
        Instant instant = Instant.parse("2025-03-14T22:30:00.123456Z");
        at(instant).record(roleChange(marker));
        assertThat(only(search(new AuditFilter(marker, null, null, null, null))).occurredAt()).isEqualTo(instant);
        assertThat(jdbc.sql("SELECT occurred_at FROM audit_event WHERE details = :marker")
                .param("marker", marker)
                .query((rs, row) -> rs.getObject(1, java.time.OffsetDateTime.class))
                .single().toInstant()).isEqualTo(instant);
    }

    @Test
    void databaseRefusesToUpdateOrDeleteAnAuditRow() throws SQLException {
        auditLog.record(roleChange(marker));

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET details = 'rewritten' WHERE details = :marker")
                .param("marker", marker).update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE details = :marker")
                .param("marker", marker).update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThat(countMarked()).isEqualTo(1);

        if (onPostgreSql()) {
            // Row triggers never see TRUNCATE; PostgreSQL has a statement trigger for it (H2 cannot).
            assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_event").update())
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("append-only");
            assertThat(countMarked()).isEqualTo(1);
        }
    }

    @Test
    void findsByWhoWhatItConcernsAndTheDetailsIgnoringCase() {
        at(Instant.parse("2025-01-10T09:00:00Z")).record(new AuditEvent(
                new Actor(7L, "Åsa.Öberg-" + marker + "@example.org", "192.0.2.1"),
                AuditActions.SIGN_IN, null, null, null));
        at(Instant.parse("2025-01-10T09:01:00Z")).record(new AuditEvent(
                new Actor(8L, "per@example.org", "192.0.2.2"),
                AuditActions.ROLE_CHANGED, "account", "subject-" + marker, "Roll: handläggare"));
        at(Instant.parse("2025-01-10T09:02:00Z")).record(new AuditEvent(
                new Actor(8L, "per@example.org", "192.0.2.2"),
                AuditActions.PERSONAL_DATA_CHANGED, "account", "7", "Telefon ändrad, ärende " + marker + "-Ä"));

        assertThat(labels(search(filterText("åsa.öberg-" + marker)))).containsExactly("Åsa.Öberg-" + marker + "@example.org");
        assertThat(search(filterText("SUBJECT-" + marker)).items()).extracting(AuditEntry::action)
                .containsExactly(AuditActions.ROLE_CHANGED);
        assertThat(search(filterText("account subject-" + marker)).total()).as("type and id together").isEqualTo(1);
        assertThat(search(filterText(marker + "-ä")).items()).extracting(AuditEntry::action)
                .containsExactly(AuditActions.PERSONAL_DATA_CHANGED);
        assertThat(search(filterText(marker)).total()).isEqualTo(3);
        // LIKE wildcards typed by staff are plain characters.
        assertThat(search(filterText(marker.substring(0, 10) + "%")).total()).isZero();
    }

    @Test
    void filtersByActionAndByAddress() {
        Actor anna = new Actor(1L, "anna-" + marker, "2001:db8::1");
        Actor bo = new Actor(2L, "bo-" + marker, "192.0.2.20");
        auditLog.record(new AuditEvent(anna, AuditActions.SIGN_IN, null, null, null));
        auditLog.record(new AuditEvent(anna, AuditActions.SIGN_IN_FAILED, null, null, null));
        auditLog.record(new AuditEvent(bo, AuditActions.SIGN_IN_FAILED, null, null, null));

        assertThat(labels(search(new AuditFilter(marker, AuditActions.SIGN_IN_FAILED, null, null, null))))
                .containsExactlyInAnyOrder("anna-" + marker, "bo-" + marker);
        assertThat(search(new AuditFilter(marker, AuditActions.SIGN_IN, null, null, null)).total()).isEqualTo(1);

        String ipAsTyped = AuditSearch.of(null, null, null, null, "2001:DB8:0::1").filter().ipAddress();
        assertThat(labels(search(new AuditFilter(marker, null, null, null, ipAsTyped))))
                .containsExactly("anna-" + marker, "anna-" + marker);
        assertThat(search(new AuditFilter(marker, AuditActions.SIGN_IN_FAILED, null, null, "192.0.2.20")).items())
                .extracting(AuditEntry::actorLabel).containsExactly("bo-" + marker);
    }

    @Test
    void dateRangeIsInclusiveInSwedishTime() {
        record("before-winter", "2025-03-13T22:59:59Z");   // 23:59:59 on 13 March in Sweden
        record("first-winter", "2025-03-13T23:00:00Z");    // 00:00 on 14 March
        record("late-winter", "2025-03-14T22:30:00Z");     // 23:30 on 14 March
        record("after-winter", "2025-03-14T23:00:00Z");    // 00:00 on 15 March
        record("late-summer", "2025-07-01T21:30:00Z");     // 23:30 on 1 July, summer time
        record("after-summer", "2025-07-01T22:00:00Z");    // 00:00 on 2 July

        LocalDate march14 = LocalDate.of(2025, 3, 14);
        assertThat(details(search(new AuditFilter(marker, null, march14, march14, null))))
                .containsExactly("late-winter", "first-winter");
        LocalDate july1 = LocalDate.of(2025, 7, 1);
        assertThat(details(search(new AuditFilter(marker, null, null, july1, null))))
                .containsExactly("late-summer", "after-winter", "late-winter", "first-winter", "before-winter");
        assertThat(details(search(new AuditFilter(marker, null, LocalDate.of(2025, 3, 15), null, null))))
                .containsExactly("after-summer", "late-summer", "after-winter");
    }

    @Test
    void pagesThroughTheResultNewestFirst() {
        for (int minute = 0; minute < 7; minute++) {
            record("event-" + minute, "2025-05-05T10:0" + minute + ":00Z");
        }
        AuditFilter mine = new AuditFilter(marker, null, null, null, null);

        Paged<AuditEntry> first = auditLog.search(mine, 1, 3);
        assertThat(first.total()).isEqualTo(7);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(details(first)).containsExactly("event-6", "event-5", "event-4");
        assertThat(details(auditLog.search(mine, 2, 3))).containsExactly("event-3", "event-2", "event-1");
        Paged<AuditEntry> pastTheEnd = auditLog.search(mine, 99, 3);
        assertThat(pastTheEnd.page()).isEqualTo(3);
        assertThat(details(pastTheEnd)).containsExactly("event-0");

        assertThat(auditLog.export(mine, 4)).extracting(AuditEntry::details)
                .containsExactly("event-6", "event-5", "event-4", "event-3");
    }

    private void record(String detail, String instant) {
        at(Instant.parse(instant)).record(new AuditEvent(new Actor(null, "system", null),
                AuditActions.PERSONAL_DATA_CHANGED, "marker", marker, detail));
    }

    /** The same AuditLog at a fixed moment; without the Spring proxy it writes in its own transaction. */
    private AuditLog at(Instant instant) {
        return new AuditLog(repository, Clock.fixed(instant, ZoneOffset.ofHours(5)));
    }

    private AuditEvent roleChange(String details) {
        return new AuditEvent(new Actor(1L, "admin@example.org", "192.0.2.10"),
                AuditActions.ROLE_CHANGED, "account", "2", details);
    }

    private Paged<AuditEntry> search(AuditFilter filter) {
        return auditLog.search(filter, 1, 50);
    }

    private static AuditFilter filterText(String text) {
        return new AuditFilter(text, null, null, null, null);
    }

    private static AuditEntry only(Paged<AuditEntry> result) {
        assertThat(result.items()).hasSize(1);
        return result.items().getFirst();
    }

    private static List<String> labels(Paged<AuditEntry> result) {
        return result.items().stream().map(AuditEntry::actorLabel).toList();
    }

    private static List<String> details(Paged<AuditEntry> result) {
        return result.items().stream().map(AuditEntry::details).toList();
    }

    private long countMarked() {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE details = :marker")
                .param("marker", marker)
                .query(Long.class)
                .single();
    }

    private boolean onPostgreSql() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }
}
