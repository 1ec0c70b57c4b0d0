package se.arena;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so tests can move time instead of waiting for it. */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    /** The zone in which every date is shown and entered. */
    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Bean
    Clock clock() {
        return Clock.system(SWEDEN);
    }
}
