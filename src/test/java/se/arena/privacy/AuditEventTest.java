package se.arena.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditEventTest {

    private final Actor anna = new Actor(42L, "anna@example.org", "192.0.2.10");

    @Test
    void systemActorHasNoAccountAndNoAddress() {
        assertThat(Actor.system()).isEqualTo(new Actor(null, "system", null));
    }

    @Test
    void actorNeedsALabel() {
        assertThatThrownBy(() -> new Actor(1L, "  ", "192.0.2.10")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Actor(1L, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addressesAreStoredInOneFormSoASearchFindsEveryWayOfWritingThem() {
        assertThat(new Actor(null, "x", "::1").ipAddress()).isEqualTo("0:0:0:0:0:0:0:1");
        assertThat(new Actor(null, "x", "2001:DB8::A").ipAddress())
                .isEqualTo(new Actor(null, "x", "2001:db8:0:0:0:0:0:a").ipAddress());
        assertThat(new Actor(null, "x", " 192.0.2.10 ").ipAddress()).isEqualTo("192.0.2.10");
        assertThat(new Actor(null, "x", "").ipAddress()).isNull();
        // What a misconfigured proxy sends is kept as it came, cut to the column.
        assertThat(new Actor(null, "x", "unknown").ipAddress()).isEqualTo("unknown");
        assertThat(new Actor(null, "x", "z".repeat(100)).ipAddress()).hasSize(Actor.MAX_IP_ADDRESS);
    }

    @Test
    void ipLiteralsAreRecognisedWithoutNameLookups() {
        assertThat(IpAddresses.canonical("[2001:db8::1]")).contains("2001:db8:0:0:0:0:0:1");
        assertThat(IpAddresses.canonical("::ffff:192.0.2.1")).contains("192.0.2.1");
        assertThat(IpAddresses.canonical("192.0.2.256")).isEmpty();
        assertThat(IpAddresses.canonical("192.0.2")).isEmpty();
        assertThat(IpAddresses.canonical("010.0.0.1")).isEmpty();
        assertThat(IpAddresses.canonical("example.org")).isEmpty();
        assertThat(IpAddresses.canonical("abc")).isEmpty();
        assertThat(IpAddresses.canonical("1:2")).isEmpty();
        assertThat(IpAddresses.canonical(null)).isEmpty();
    }

    @Test
    void whatAStrangerTypedIsShortenedToFitInsteadOfRefused() {
        String typed = "a".repeat(5000) + "@example.org";
        Actor stranger = new Actor(null, typed, "192.0.2.10");
        assertThat(stranger.label()).hasSize(Actor.MAX_LABEL).endsWith("…");

        AuditEvent event = new AuditEvent(stranger, AuditActions.SIGN_IN_FAILED, "account", "9".repeat(500), "x".repeat(3000));
        assertThat(event.subjectId()).hasSize(AuditEvent.MAX_SUBJECT_ID).endsWith("…");
        assertThat(event.details()).hasSize(AuditEvent.MAX_DETAILS).endsWith("…");
    }

    @Test
    void shorteningNeverSplitsACharacter() {
        // 😀 is two chars; cutting at 4 would keep half of the second one.
        assertThat(AuditEvent.fit("ab😀😀😀", 5)).isEqualTo("ab😀…");
        assertThat(AuditEvent.fit("abc😀😀", 5)).isEqualTo("abc…");
        assertThat(AuditEvent.fit("kort", 5)).isEqualTo("kort");
    }

    @Test
    void actionIsAnUpperCaseCode() {
        assertThat(new AuditEvent(anna, "INVOICE_SENT", null, null, null).action()).isEqualTo("INVOICE_SENT");
        assertThatThrownBy(() -> new AuditEvent(anna, "signed in", null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditEvent(anna, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditEvent(anna, "A".repeat(61), null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eventNeedsAnActorAndAShortSubjectType() {
        assertThatThrownBy(() -> new AuditEvent(null, AuditActions.SIGN_IN, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditEvent(anna, AuditActions.ROLE_CHANGED, "a".repeat(61), "1", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blankPartsAreAbsent() {
        AuditEvent event = new AuditEvent(anna, AuditActions.SIGN_OUT, " ", "", "  ");
        assertThat(event.subjectType()).isNull();
        assertThat(event.subjectId()).isNull();
        assertThat(event.details()).isNull();
    }

    @Test
    void everyCommonActionHasASwedishLabelAndOthersShowTheirCode() {
        assertThat(AuditActions.label(AuditActions.SIGN_IN)).isEqualTo("Inloggning");
        assertThat(AuditActions.label(AuditActions.SIGN_IN_FAILED)).isEqualTo("Misslyckad inloggning");
        assertThat(AuditActions.label(AuditActions.PERSONAL_DATA_CHANGED)).isEqualTo("Ändrade personuppgifter");
        assertThat(AuditActions.label("INVOICE_SENT")).isEqualTo("INVOICE_SENT");
        assertThat(AuditActions.labels().keySet()).allMatch(code -> AuditEvent.ACTION.matcher(code).matches());
    }
}
