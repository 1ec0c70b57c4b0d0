package se.arena.identity.internal;

import java.security.SecureRandom;

/** Backup codes, which people type by hand; links use {@link se.arena.SecretTokens}. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** No 0/O, 1/I/L. */
    private static final char[] CODE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz".toCharArray();

    private Secrets() {
    }

    /** Ten characters from a 31-letter alphabet, about 50 bits, written as two groups of five. */
    static String newBackupCode() {
        StringBuilder code = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }
}
