package se.arena.identity.internal;

import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.arena.identity.Role;

/**
 * On a database without an administrator, creates one and prints a one-time set-up link, so
 * that no fixed or generated password ever appears in a log. Until the administrator has used
 * it, every start prints a fresh link (the previous one stops working).
 */
@Component
@Order(50)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountRepository accounts;
    private final AccountSetUp setUp;
    private final SecurityProperties properties;
    private final TransactionTemplate transaction;

    FirstAdministrator(AccountRepository accounts, AccountSetUp setUp, SecurityProperties properties,
                       TransactionTemplate transaction) {
        this.accounts = accounts;
        this.setUp = setUp;
        this.properties = properties;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            String link = transaction.execute(status -> {
                if (!accounts.anyWithRole(Role.ADMIN)) {
                    long id = accounts.insert(properties.firstAdminEmail(), "Administratör");
                    accounts.replaceRoles(id, EnumSet.of(Role.ADMIN));
                }
                return accounts.findByEmail(properties.firstAdminEmail())
                        .filter(admin -> !admin.isSetUp())
                        .map(admin -> setUp.issueLink(admin.id()).url())
                        .orElse(null);
            });
            if (link != null) {
                log.info("""

                        ================================================================
                         Arena has an administrator account that is not set up yet:
                           {}
                         Open this one-time link to choose a password and connect an
                         authenticator app (valid {} days, replaced at every start):
                           {}
                        ================================================================""",
                        properties.firstAdminEmail(), AccountSetUp.LINK_VALIDITY.toDays(), link);
            }
        } catch (DuplicateKeyException anotherNodeCreatedIt) {
            log.info("The first administrator was created by another node starting at the same time");
        }
    }
}
