package se.arena.organisation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeppolIdTest {

    @Test
    void anIdIsASchemeAndAnIdentifierCheckedAsPeppolChecksTheSwedishAndGs1Ones() {
        assertThat(PeppolId.parse(" 0007:2120000019 ")).isEqualTo(new PeppolId("0007", "2120000019"));
        assertThat(PeppolId.parse("0088:7350000000009").toString()).isEqualTo("0088:7350000000009");
        assertThat(PeppolId.parse("0192:991825827").scheme()).isEqualTo("0192");
        assertThat(PeppolId.of(new OrganisationNumber("212000-0019"))).isEqualTo(PeppolId.parse("0007:2120000019"));

        assertThatThrownBy(() -> PeppolId.parse("2120000019")).hasMessageContaining("schema:id");
        assertThatThrownBy(() -> PeppolId.parse("7:2120000019")).hasMessageContaining("schema:id");
        assertThatThrownBy(() -> PeppolId.parse("0007:212000-0019")).hasMessageContaining("tio siffror utan bindestreck");
        assertThatThrownBy(() -> PeppolId.parse("0007:2120000018")).hasMessageContaining("kontrollsiffra");
        assertThatThrownBy(() -> PeppolId.parse("0088:7350000000008")).hasMessageContaining("GLN-nummer med 13 siffror");
    }

    @Test
    void aGlnHasThirteenDigitsTheLastOfThemTheGs1CheckDigit() {
        assertThat(PeppolId.isGln("7300010000001")).isTrue();
        assertThat(PeppolId.isGln("7350000000009")).isTrue();
        assertThat(PeppolId.isGln("7350000000000")).isFalse();
        assertThat(PeppolId.isGln("735000000009")).isFalse();
        assertThat(PeppolId.isGln("73500000000a9")).isFalse();
        assertThat(PeppolId.isGln(null)).isFalse();
    }
}
