package se.arena;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(ArenaApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndDeclaredDependencies() {
        modules.verify();
    }

    @Test
    void everyCapabilityOfTheDesignIsAModule() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .contains("organisation", "network", "registration", "activity", "invoicing", "room",
                        "survey", "notification", "identity", "privacy", "insight", "web");
    }

    /** The negative control: a fixture whose beta module uses a type inside alpha's internals. */
    @Test
    void verificationFailsWhenAModuleReachesIntoAnothersInternals() {
        assertThatThrownBy(() -> ApplicationModules.of("fixture.modularity", location -> true).verify())
                .isInstanceOf(Violations.class)
                .hasMessageContaining("AlphaSecret");
    }
}
