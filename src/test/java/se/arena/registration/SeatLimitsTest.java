package se.arena.registration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeatLimitsTest {

    @Test
    void bothLimitsMustHaveRoom() {
        SeatLimits limits = new SeatLimits(2, 60);
        assertThat(limits.hasRoom(1, 59)).isTrue();
        assertThat(limits.hasRoom(2, 10)).isFalse();
        assertThat(limits.hasRoom(0, 60)).isFalse();
        assertThat(limits.isFull(60)).isTrue();
    }

    @Test
    void missingLimitsMeanNoLimit() {
        assertThat(new SeatLimits(null, null).hasRoom(500, 5000)).isTrue();
        assertThat(new SeatLimits(null, 3).hasRoom(500, 2)).isTrue();
        assertThat(new SeatLimits(2, null).isFull(10_000)).isFalse();
    }
}
