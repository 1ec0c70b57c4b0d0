package se.arena.identity.internal;

import org.junit.jupiter.api.Test;

import se.arena.SecretTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TotpSecretCipherTest {

    private final TotpSecretCipher cipher = new TotpSecretCipher(SecretTokens.randomBytes(SecretKeys.KEY_BYTES));
    private final String secret = Totp.newSecret();

    @Test
    void sealedSecretsHideTheSecretAndOpenAgain() {
        String sealed = cipher.seal(7, secret);
        assertThat(sealed).startsWith(TotpSecretCipher.PREFIX).doesNotContain(secret).hasSizeLessThanOrEqualTo(200);
        assertThat(cipher.seal(7, secret)).as("a fresh nonce every time").isNotEqualTo(sealed);
        assertThat(cipher.open(7, sealed)).isEqualTo(secret);
    }

    @Test
    void anotherKeyOrAnotherAccountFailsWithAMessageNamingTheSetting() {
        String sealed = cipher.seal(7, secret);
        TotpSecretCipher otherKey = new TotpSecretCipher(SecretTokens.randomBytes(SecretKeys.KEY_BYTES));
        assertThatThrownBy(() -> otherKey.open(7, sealed))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(SecretKeys.PROPERTY);
        assertThatThrownBy(() -> cipher.open(8, sealed)).as("copied into another account's row")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.open(7, TotpSecretCipher.PREFIX + "AAAA")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSecretStoredBeforeEncryptionStillOpens() {
        assertThat(cipher.open(7, secret)).isEqualTo(secret);
        assertThat(cipher.open(7, null)).isNull();
    }
}
