package se.arena;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Events between modules are recorded in the database within the business transaction, so a
 * listener that fails (or a node that dies) leaves a publication to retry instead of losing it.
 */
@SpringBootTest
class EventPublicationRegistryIntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eventPublishedInACommittedTransactionIsRecorded() {
        String marker = UUID.randomUUID().toString();
        transaction.executeWithoutResult(status -> events.publishEvent(new ProbeEventListener.ProbeEvent(marker)));
        assertThat(publicationsOf(marker)).isEqualTo(1);
    }

    @Test
    void eventOfARolledBackTransactionIsNeitherRecordedNorDelivered() {
        String marker = UUID.randomUUID().toString();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            events.publishEvent(new ProbeEventListener.ProbeEvent(marker));
            throw new IllegalStateException("business rule failed");
        })).hasMessage("business rule failed");
        assertThat(publicationsOf(marker)).isZero();
    }

    private long publicationsOf(String marker) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE event_type LIKE '%ProbeEvent' AND serialized_event LIKE :marker")
                .param("marker", "%" + marker + "%")
                .query(Long.class)
                .single();
    }
}
