package se.arena.notification;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.arena.MigrationSchema;
import se.arena.SecretTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages stored before links were kept apart hold them in their bodies; the migration that
 * masks them runs on both databases (each has its own regular expression dialect), so it is
 * run here on the run's database, in a schema of its own, from the version before it.
 */
@SpringBootTest
class StoredLinkMaskingMigrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void linksWithASecretInMessagesStoredBeforeAreMaskedAndOtherLinksKept() throws Exception {
        MigrationSchema migrated = MigrationSchema.create(dataSource, jdbc, "masking");
        String schema = migrated.name();
        try {
            migrated.migrateTo("7.0");
            String secret = SecretTokens.newToken();
            String text = "Din länk: http://localhost:8080/anmalan/" + secret + "\nNätverket: http://localhost:8080/natverk/ett-natverk";
            String html = "<a href=\"http://localhost:8080/logga-in/lank/" + secret + "\">Logga in</a>";
            jdbc.sql("INSERT INTO " + schema + ".outbox_message (message_id, recipient, subject, text_body, html_body, status, "
                            + "next_attempt_at, created_at) VALUES ('<m@x>', 'a@example.org', 'Hej', :text, :html, 'SENT', "
                            + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                    .param("text", text).param("html", html).update();

            migrated.migrateTo("7.1");

            String masked = jdbc.sql("SELECT text_body || html_body FROM " + schema + ".outbox_message").query(String.class).single();
            assertThat(masked).doesNotContain(secret)
                    .contains("Din länk: [personlig länk – visas bara för mottagaren]\n",
                            "http://localhost:8080/natverk/ett-natverk",
                            "href=\"[personlig länk – visas bara för mottagaren]\"");
        } finally {
            migrated.drop();
        }
    }
}
