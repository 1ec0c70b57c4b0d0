package se.arena;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default keeps its data in a file, and a restart neither loses nor duplicates it. */
class EmbeddedDefaultIntegrationTest {

    @TempDir
    Path dataDirectory;

    @Test
    void restartKeepsTheDataAndLoadsDemoContentOnlyOnce() {
        String[] embeddedDefault = {
                "--spring.datasource.url=jdbc:h2:file:" + dataDirectory.resolve("arena")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                // blank, as when nobody configured it: the H2 database alone turns demo content on
                "--arena.demo.enabled=",
                // blank too: the embedded database generates its secret key and keeps it beside itself
                "--arena.security.secret-key=",
                "--server.port=0"};

        try (ConfigurableApplicationContext first = new SpringApplicationBuilder(ArenaApplication.class).run(embeddedDefault)) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(count(jdbc, "network")).isEqualTo(8);
            assertThat(count(jdbc, "organisation")).isEqualTo(311);
            jdbc.sql("UPDATE network SET title = 'Ändrad av handläggare' WHERE slug = 'samverkan-civilsamhallet-2023-2026'").update();
        }
        assertThat(dataDirectory.resolve("arena.secret-key")).exists();
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(ArenaApplication.class).run(embeddedDefault)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(count(jdbc, "network")).isEqualTo(8);
            assertThat(count(jdbc, "organisation")).isEqualTo(311);
            assertThat(jdbc.sql("SELECT title FROM network WHERE slug = 'samverkan-civilsamhallet-2023-2026'")
                    .query(String.class).single()).isEqualTo("Ändrad av handläggare");
        }
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
