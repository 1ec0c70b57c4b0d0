package se.arena;

import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A schema of its own on the run's database, migrated step by step, for a test of what one
 * migration does to the rows that were there before it. Drop it when done.
 */
public record MigrationSchema(DataSource dataSource, JdbcClient jdbc, String name, String vendor) {

    public static MigrationSchema create(DataSource dataSource, JdbcClient jdbc, String prefix) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            String vendor = connection.getMetaData().getURL().startsWith("jdbc:h2:") ? "h2" : "postgresql";
            return new MigrationSchema(dataSource, jdbc, prefix + "_" + UUID.randomUUID().toString().substring(0, 8), vendor);
        }
    }

    /** Runs the migrations (the database's own vendor folder too) up to and including the version. */
    public void migrateTo(String version) {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(name)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .target(version)
                .load()
                .migrate();
    }

    public void drop() {
        jdbc.sql("DROP SCHEMA " + name + " CASCADE").update();
    }
}
