package se.arena;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Product settings under {@code arena.*}. The demo switch itself is read by
 * {@link ConditionalOnDemoContent}, because it must be decided before beans exist.
 */
@ConfigurationProperties("arena")
public record ArenaProperties(String baseUrl, String mailFrom) {

    public ArenaProperties {
        if (baseUrl == null || baseUrl.isBlank()) {
            baseUrl = "http://localhost:8080";
        }
        if (mailFrom == null || mailFrom.isBlank()) {
            mailFrom = "arena@example.org";
        }
    }
}
