package se.arena.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At every start, encrypts the TOTP secrets that a version before encryption stored in plain
 * text. Safe when several nodes start at once, and a no-op once done; until it has run, plain
 * secrets still work ({@link TotpSecretCipher}).
 */
@Component
@Order(40)
class LegacyTotpSecrets implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LegacyTotpSecrets.class);

    private final AccountRepository accounts;

    LegacyTotpSecrets(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        int encrypted = accounts.encryptPlainTotpSecrets();
        if (encrypted > 0) {
            log.info("Encrypted {} authenticator secrets that were stored in plain text", encrypted);
        }
    }
}
