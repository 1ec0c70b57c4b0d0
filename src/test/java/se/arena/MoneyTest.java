package se.arena;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void writesAmountsTheSwedishWay() {
        assertThat(Money.ofKronor(900).format()).isEqualTo("900\u00a0kr");
        assertThat(Money.ofKronor(1500).format()).isEqualTo("1\u00a0500\u00a0kr");
        assertThat(new Money(1250).format()).isEqualTo("12,50\u00a0kr");
    }

    @Test
    void kronorBecomeOre() {
        assertThat(Money.ofKronor(1200).ore()).isEqualTo(120_000);
        assertThat(Money.ofKronor(0).isZero()).isTrue();
    }

    @Test
    void refusesAmountsThatOverflow() {
        assertThatThrownBy(() -> Money.ofKronor(Long.MAX_VALUE / 10)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void readsAmountsAsStaffTypeThem() {
        assertThat(Money.parseKronor("1 200,50")).isEqualTo(new Money(120_050));
        assertThat(Money.parseKronor("900 kr")).isEqualTo(Money.ofKronor(900));
        assertThat(Money.parseKronor("0,1")).isEqualTo(new Money(10));
        assertThat(Money.parseKronor("12,345")).isNull();
        assertThat(Money.parseKronor("-5")).isNull();
        assertThat(Money.parseKronor(null)).isNull();
    }
}
