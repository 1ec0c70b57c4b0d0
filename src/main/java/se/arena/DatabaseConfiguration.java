package se.arena;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Time limits on every database connection (see {@link DatabaseSettings}) and a health check that cannot hang. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseConfiguration.class);

    /**
     * Puts the limits into the pool's connection set-up, ahead of any set-up an operator gave in
     * {@code spring.datasource.hikari.connection-init-sql}. Static, as a post-processor is made
     * before other beans; the settings are read only when the pool is configured.
     */
    @Bean
    static BeanPostProcessor databaseSessionLimits(ObjectProvider<DatabaseSettings> settings) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool) {
                    DatabaseDriver database = DatabaseDriver.fromJdbcUrl(pool.getJdbcUrl());
                    settings.getObject().sessionSql(database).ifPresentOrElse(
                            limits -> pool.setConnectionInitSql(pool.getConnectionInitSql() == null
                                    ? limits : limits + "; " + pool.getConnectionInitSql()),
                            () -> LOG.warn("No lock or statement timeout is set on {}: Arena sets them on PostgreSQL and H2 only",
                                    database));
                }
                return bean;
            }
        };
    }

    /** Named as Spring Boot's own database check, which it replaces. */
    @Bean
    HealthIndicator dbHealthIndicator(DataSource dataSource, DatabaseSettings settings) {
        return new TimeBoundHealthIndicator(new DataSourceHealthIndicator(dataSource), settings.healthTimeout());
    }
}
