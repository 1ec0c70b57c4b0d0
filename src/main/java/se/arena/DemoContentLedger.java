package se.arena;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Remembers which demo content has been loaded, so that a restart never loads it twice.
 * {@link #loadOnce} claims the content's name and loads it in one transaction: the claim and the
 * content commit or roll back together. When two nodes start at once, the slower one's claim
 * waits for the faster one's commit and then fails, which rolls its copy of the content back.
 *
 * <p>Each module loads its own demo content through its own services, in the order of the
 * loaders' {@code @Order}, so that a later one finds what an earlier one made: networks (100),
 * accounts (110), registrations, appointments and re-confirmation (115), activities, sign-ups,
 * attendance and questions (120), sub-groups (125), invoices, payments and credit notes (130), messages to participants (140), room documents (150).
 */
@Component
public class DemoContentLedger {

    private static final Logger log = LoggerFactory.getLogger(DemoContentLedger.class);
    private static final ThreadLocal<Boolean> LOADING = ThreadLocal.withInitial(() -> false);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    public DemoContentLedger(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Loads the content of that name unless it has been loaded before, here or on another node.
     *
     * @return true when this call loaded it
     */
    public boolean loadOnce(String name, Runnable content) {
        Boolean loaded = transaction.execute(status -> {
            try {
                if (!claim(name)) {
                    return false;
                }
            } catch (DuplicateKeyException | PessimisticLockingFailureException loadingOnAnotherNode) {
                log.info("Demo content: {} was loaded by another node starting at the same time", name);
                status.setRollbackOnly();
                return false;
            }
            LOADING.set(true);
            try {
                content.run();
            } finally {
                LOADING.set(false);
            }
            return true;
        });
        return Boolean.TRUE.equals(loaded);
    }

    /**
     * Whether demo content is being loaded on this thread: its e-mails to fictional people go to
     * the outbox like any other, but are not each printed to the log.
     */
    public static boolean loading() {
        return LOADING.get();
    }

    private boolean claim(String name) {
        boolean loaded = jdbc.sql("SELECT count(*) FROM demo_content_load WHERE name = :name")
                .param("name", name)
                .query(Long.class)
                .single() > 0;
        if (loaded) {
            return false;
        }
        jdbc.sql("INSERT INTO demo_content_load (name) VALUES (:name)").param("name", name).update();
        return true;
    }
}
