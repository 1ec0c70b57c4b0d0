package se.arena.network;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.arena.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NetworkTest {

    private static Network network(NetworkStatus status, Money fee, LocalDate deadline) {
        return new Network(1, "n", "Nätverk", "Tema", TargetGroup.CIVIL_SERVANTS, status, 2027, 2030,
                fee, 250, 2, deadline, null, "Sammanfattning", false, null, true, true,
                MembershipRules.DEFAULT, false);
    }

    @Test
    void acceptsRegistrationsOnlyWhileOpenAndUpToTheDeadlineDay() {
        LocalDate deadline = LocalDate.of(2027, 2, 15);
        Network open = network(NetworkStatus.OPEN, Money.ofKronor(900), deadline);
        assertThat(open.acceptsRegistrations(deadline)).isTrue();
        assertThat(open.acceptsRegistrations(deadline.plusDays(1))).isFalse();
        assertThat(network(NetworkStatus.CLOSED, Money.ofKronor(900), deadline).acceptsRegistrations(deadline.minusDays(10))).isFalse();
        assertThat(network(NetworkStatus.OPEN, Money.ofKronor(900), null).acceptsRegistrations(deadline)).isTrue();
    }

    @Test
    void describesPeriodAndFeeLikeTheInvitations() {
        Network paid = network(NetworkStatus.OPEN, Money.ofKronor(1500), null);
        assertThat(paid.period()).isEqualTo("2027–2030");
        assertThat(paid.feeDescription()).isEqualTo("1\u00a0500\u00a0kr per person och år");
        assertThat(network(NetworkStatus.OPEN, Money.ZERO, null).feeDescription()).isEqualTo("Kostnadsfritt");
    }

    @Test
    void periodCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new Network(1, "n", "N", "T", TargetGroup.BOTH, NetworkStatus.DRAFT, 2030, 2027,
                Money.ZERO, 250, null, null, null, "S", false, null, true, true, MembershipRules.DEFAULT, false))
                .hasMessageContaining("sista år");
    }
}
