package se.arena.identity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.nulabinc.zxcvbn.StandardDictionaries;

/**
 * NIST SP 800-63B's rules for staff passwords: long enough, long ones welcome, not one of the
 * most common passwords, and no rules about which kinds of characters to mix.
 */
final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 12;
    static final int MAXIMUM_LENGTH = 256;

    private static final Map<String, Integer> COMMON_PASSWORDS = loadCommonPasswords();

    private PasswordPolicy() {
    }

    /** @return the Swedish reason the password is refused, or empty when it is acceptable */
    static Optional<String> problemWith(String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MINIMUM_LENGTH) {
            return Optional.of("Lösenordet behöver vara minst " + MINIMUM_LENGTH + " tecken. Ett par ord i följd blir lätt tillräckligt långt.");
        }
        if (length > MAXIMUM_LENGTH) {
            return Optional.of("Lösenordet får vara högst " + MAXIMUM_LENGTH + " tecken.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON_PASSWORDS.containsKey(lower) || lower.chars().distinct().count() <= 2) {
            return Optional.of("Lösenordet är ett av de vanligaste lösenorden och gissas lätt. Välj ett annat.");
        }
        return Optional.empty();
    }

    private static Map<String, Integer> loadCommonPasswords() {
        try {
            return StandardDictionaries.PASSWORDS_LOADER.load().getRankedDictionary();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the list of common passwords", e);
        }
    }
}
