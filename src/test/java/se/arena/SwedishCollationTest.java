package se.arena;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SwedishCollationTest {

    @Test
    void sortKeysOrderÅBeforeÄBeforeÖAfterZ() {
        List<String> names = List.of("Östersund", "Älmhult", "Åre", "Ystad", "Arboga", "Eda");
        List<String> sorted = names.stream().sorted(Comparator.comparing(SwedishCollation::sortKey)).toList();
        assertThat(sorted).containsExactly("Arboga", "Eda", "Ystad", "Åre", "Älmhult", "Östersund");
    }

    @Test
    void searchFormLowersSwedishLetters() {
        assertThat(SwedishCollation.searchForm("  ÖREBRO Län ")).isEqualTo("örebro län");
    }
}
