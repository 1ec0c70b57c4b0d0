package se.arena.identity.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import se.arena.SecretTokens;

/**
 * Keeps the staff's TOTP secrets encrypted in {@code account.totp_secret}: AES-256-GCM from the
 * Java runtime with a random 96-bit nonce per secret and a subkey of {@link SecretKeys}. The
 * account id is authenticated with the secret, so a value copied into another account's row does
 * not open there. Stored as {@value #PREFIX} followed by the base64 of nonce and ciphertext.
 *
 * <p>A value without the prefix is a plain base32 secret from before encryption: it still opens,
 * so nothing breaks while {@link LegacyTotpSecrets} encrypts those at start-up or while an older
 * node of a rolling upgrade writes one.
 */
@Component
class TotpSecretCipher {

    static final String PREFIX = "v1:";

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;

    @Autowired
    TotpSecretCipher(SecretKeys keys) {
        this(keys.derive(SecretKeys.Purpose.TOTP_SECRET_ENCRYPTION));
    }

    TotpSecretCipher(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    String seal(long accountId, String secret) {
        byte[] nonce = SecretTokens.randomBytes(NONCE_BYTES);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, accountId);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** @throws IllegalStateException when the value was not sealed for this account with this key */
    String open(long accountId, String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        try {
            byte[] sealed = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            if (sealed.length <= NONCE_BYTES) {
                throw new IllegalArgumentException("too short");
            }
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(sealed, NONCE_BYTES), accountId);
            byte[] secret = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
            return new String(secret, StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The TOTP secret of account " + accountId
                    + " does not open with " + SecretKeys.PROPERTY + " (another key, or the value was altered)", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, long accountId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(("account:" + accountId).getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }
}
