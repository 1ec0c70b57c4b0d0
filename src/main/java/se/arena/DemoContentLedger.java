package se.arena;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Remembers which demo content has been loaded, so that a restart never loads it twice.
 * Call {@link #claim} inside the transaction that loads the content: the claim and the
 * content commit or roll back together. When two nodes start at once, the slower one's
 * claim waits for the faster one's commit and then fails with a DuplicateKeyException,
 * which rolls its copy of the content back.
 */
@Component
public class DemoContentLedger {

    private final JdbcClient jdbc;

    public DemoContentLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true the first time content of that name is claimed, false once it has been loaded */
    public boolean claim(String name) {
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
