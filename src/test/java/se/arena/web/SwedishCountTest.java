package se.arena.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SwedishCountTest {

    @Test
    void oneTakesTheSingularAndEveryOtherNumberThePlural() {
        assertThat(SwedishCount.of(1, "faktura", "fakturor")).isEqualTo("1 faktura");
        assertThat(SwedishCount.of(0, "faktura", "fakturor")).isEqualTo("0 fakturor");
        assertThat(SwedishCount.of(2, "anmälan", "anmälningar")).isEqualTo("2 anmälningar");
        assertThat(SwedishCount.of(21, "plats", "platser")).isEqualTo("21 platser");
    }

    @Test
    void templatesGetTheSameThroughCounts() {
        ArenaDialect.Counts counts = (ArenaDialect.Counts) new ArenaDialect().getExpressionObjectFactory()
                .buildObject(null, "counts");
        assertThat(counts.of(1, "representant", "representanter")).isEqualTo("1 representant");
        assertThat(counts.of(3, "representant", "representanter")).isEqualTo("3 representanter");
    }
}
