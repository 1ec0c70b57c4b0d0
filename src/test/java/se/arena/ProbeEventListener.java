package se.arena;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A listener that exists only in tests. A top-level class, because Spring Boot's test scanning
 * skips classes nested in test classes, and the registry records publications only for
 * listeners that exist.
 */
@Component
class ProbeEventListener {

    record ProbeEvent(String marker) {
    }

    @ApplicationModuleListener
    void on(ProbeEvent event) {
        // Receiving is enough: EventPublicationRegistryIntegrationTest looks at what the registry recorded.
    }
}
