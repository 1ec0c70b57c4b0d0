package se.arena;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DemoContentConditionTest {

    @Test
    void embeddedDefaultHasDemoContent() {
        assertThat(DemoContentCondition.demoContentEnabled(new MockEnvironment())).isTrue();
        assertThat(DemoContentCondition.demoContentEnabled(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:h2:file:./data/arena"))).isTrue();
    }

    @Test
    void postgresqlStartsEmptyUnlessAsked() {
        MockEnvironment postgres = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/arena");
        assertThat(DemoContentCondition.demoContentEnabled(postgres)).isFalse();
        assertThat(DemoContentCondition.demoContentEnabled(postgres.withProperty("arena.demo.enabled", "true"))).isTrue();
    }

    @Test
    void explicitSettingWinsOnH2Too() {
        assertThat(DemoContentCondition.demoContentEnabled(new MockEnvironment()
                .withProperty("arena.demo.enabled", "false"))).isFalse();
    }
}
