package se.arena.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arena.ArenaProperties;
import se.arena.notification.IssuedLink;
import se.arena.notification.PersonalLink;

/**
 * How a staff member comes to a password and an authenticator app: a one-time link (printed
 * at first start for the first admin, sent by e-mail for the others), a password of their own,
 * then a first code from the app, after which they get their backup codes once.
 */
@Service
class AccountSetUp {

    static final Duration LINK_VALIDITY = Duration.ofDays(2);

    private final AccountRepository accounts;
    private final AccountTokens tokens;
    private final BackupCodes backupCodes;
    private final PasswordEncoder passwords;
    private final ArenaProperties arena;
    private final Clock clock;

    AccountSetUp(AccountRepository accounts, AccountTokens tokens, BackupCodes backupCodes, PasswordEncoder passwords,
                 ArenaProperties arena, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.backupCodes = backupCodes;
        this.passwords = passwords;
        this.arena = arena;
        this.clock = clock;
    }

    @Transactional
    public PersonalLink issueLink(long accountId) {
        return new PersonalLink(arena.baseUrl() + "/konfigurera/" + tokens.issue(accountId, TokenPurpose.SET_UP, LINK_VALIDITY),
                AccountLinkIssuers.SET_UP, Long.toString(accountId));
    }

    /** A fresh set-up link for a staff account that has not chosen a password yet: for a resent e-mail. */
    @Transactional
    public Optional<IssuedLink> reissueLink(long accountId) {
        return accounts.findById(accountId).filter(account -> account.isStaff() && !account.isSetUp())
                .map(account -> new IssuedLink(issueLink(account.id()), account.email(),
                        "ditt personalkonto i Arena", clock.instant().plus(LINK_VALIDITY)));
    }

    boolean isLinkUsable(String token) {
        return tokens.isUsable(token, TokenPurpose.SET_UP);
    }

    /** @return the account whose password was set, or empty when the link no longer works */
    @Transactional
    public Optional<Account> choosePassword(String token, String password) {
        Optional<Account> account = tokens.consume(token, TokenPurpose.SET_UP).flatMap(accounts::findById);
        account.ifPresent(found -> {
            accounts.setPassword(found.id(), passwords.encode(password));
            accounts.setPendingTotpSecret(found.id(), Totp.newSecret());
        });
        return account.flatMap(found -> accounts.findById(found.id()));
    }

    Account account(long accountId) {
        return accounts.findById(accountId).orElseThrow();
    }

    /** @return the backup codes to show once, or empty when the code does not match the new secret */
    @Transactional
    public Optional<List<String>> confirmApp(long accountId, String code) {
        Account account = accounts.findById(accountId).orElseThrow();
        OptionalLong step = Totp.matchingStep(account.totpSecret(), code, clock.instant());
        if (step.isEmpty() || !accounts.acceptTotpStep(accountId, step.getAsLong())) {
            return Optional.empty();
        }
        accounts.enableTotp(accountId);
        return Optional.of(backupCodes.regenerate(accountId));
    }
}
