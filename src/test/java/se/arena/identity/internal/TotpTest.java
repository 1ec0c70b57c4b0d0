package se.arena.identity.internal;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {

    /** RFC 6238 appendix B's SHA-1 key "12345678901234567890", in the base32 that apps are given. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void producesTheRfc6238TestVectors() {
        assertThat(Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(20000000000L))).isEqualTo("353130");
    }

    @Test
    void acceptsTheNeighbouringStepsForAPhoneSlightlyOffButNothingFurther() {
        Instant now = Instant.ofEpochSecond(1111111109);
        long step = now.getEpochSecond() / 30;
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, now.minusSeconds(30)), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, now.plusSeconds(30)), now)).hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, now.minusSeconds(90)), now)).isEmpty();
    }

    @Test
    void ignoresSpacesAndRefusesAnythingButSixDigits() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.matchingStep(RFC_SECRET, "287 082", now)).isPresent();
        assertThat(Totp.matchingStep(RFC_SECRET, "28708", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "abcdef", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, null, now)).isEmpty();
    }

    @Test
    void givesAppsAProvisioningUriAndAQrCode() {
        String uri = Totp.provisioningUri(RFC_SECRET, "anna@example.org");
        assertThat(uri).isEqualTo("otpauth://totp/Arena%3Aanna%40example.org?secret=" + RFC_SECRET
                + "&issuer=Arena&algorithm=SHA1&digits=6&period=30");
        assertThat(Totp.qrCodeDataUri(uri)).startsWith("data:image/svg+xml;base64,");
        assertThat(Totp.newSecret()).matches("[A-Z2-7]{32}");
    }
}
