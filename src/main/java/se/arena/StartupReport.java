package se.arena;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the person who started Arena where to open it and what it runs on, after all loading is done. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class StartupReport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final ArenaProperties properties;
    private final Environment environment;

    StartupReport(ArenaProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        String database = environment.getProperty("spring.datasource.url", "");
        log.info("Arena is ready at {} (database: {}, demo content: {})",
                properties.baseUrl(),
                database.startsWith("jdbc:h2:") ? "embedded H2" : "PostgreSQL",
                DemoContentCondition.demoContentEnabled(environment) ? "on" : "off");
    }
}
