package se.arena.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arena.ArenaProperties;
import se.arena.identity.SignedInUser;
import se.arena.notification.IssuedLink;
import se.arena.notification.Outbox;
import se.arena.notification.PersonalLink;
import se.arena.privacy.Actor;
import se.arena.privacy.AuditActions;
import se.arena.privacy.AuditEvent;
import se.arena.privacy.AuditLog;
import se.arena.SecretTokens;

/** The rules of signing in: e-mail links, staff passwords, the second factor and lock-out. */
@Service
class SignInService {

    /** Verified against when the address is unknown, so that a wrong address takes as long as a wrong password. */
    private final String decoyHash;

    private final AccountRepository accounts;
    private final AccountTokens tokens;
    private final BackupCodes backupCodes;
    private final PasswordEncoder passwords;
    private final Outbox outbox;
    private final AuditLog audit;
    private final SecurityProperties properties;
    private final ArenaProperties arena;
    private final Clock clock;

    SignInService(AccountRepository accounts, AccountTokens tokens, BackupCodes backupCodes, PasswordEncoder passwords,
                  Outbox outbox, AuditLog audit, SecurityProperties properties, ArenaProperties arena, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.backupCodes = backupCodes;
        this.passwords = passwords;
        this.outbox = outbox;
        this.audit = audit;
        this.properties = properties;
        this.arena = arena;
        this.clock = clock;
        this.decoyHash = passwords.encode(SecretTokens.newToken());
    }

    /**
     * Sends a sign-in link when the address belongs to a coordinator or participant. Says
     * nothing either way: the page the person sees is the same, so nobody can probe who is registered.
     */
    @Transactional
    public void requestSignInLink(String email) {
        accounts.findByEmail(email).filter(Account::signsInByEmailLink).ifPresent(account ->
                outbox.enqueue(account.email(), "Din inloggningslänk till Arena", "sign-in-link", Map.of(
                        "link", newSignInLink(account),
                        "validMinutes", (int) properties.signInLinkValidity().toMinutes())));
    }

    /** A fresh sign-in link for the account, if it still signs in by link: for a resent e-mail. */
    @Transactional
    public Optional<IssuedLink> reissueSignInLink(long accountId) {
        return accounts.findById(accountId).filter(Account::signsInByEmailLink).map(account -> new IssuedLink(
                newSignInLink(account), account.email(), "inloggning på Arena",
                clock.instant().plus(properties.signInLinkValidity())));
    }

    private PersonalLink newSignInLink(Account account) {
        String token = tokens.issue(account.id(), TokenPurpose.SIGN_IN, properties.signInLinkValidity());
        return new PersonalLink(arena.baseUrl() + "/logga-in/lank/" + token, AccountLinkIssuers.SIGN_IN,
                Long.toString(account.id()));
    }

    boolean isSignInLinkUsable(String token) {
        return tokens.isUsable(token, TokenPurpose.SIGN_IN);
    }

    @Transactional
    public Optional<SignedInUser> signInWithLink(String token, String ipAddress) {
        Optional<Account> account = tokens.consume(token, TokenPurpose.SIGN_IN)
                .flatMap(accounts::findById)
                .filter(Account::signsInByEmailLink);
        account.ifPresentOrElse(
                signedIn -> audit.record(new AuditEvent(new Actor(signedIn.id(), signedIn.email(), ipAddress),
                        AuditActions.SIGN_IN, "account", Long.toString(signedIn.id()), "Inloggning med e-postlänk")),
                () -> audit.record(new AuditEvent(new Actor(null, "okänd", ipAddress),
                        AuditActions.SIGN_IN_FAILED, "account", null, "Ogiltig eller använd inloggningslänk")));
        return account.map(this::signedInUser);
    }

    /** The first step for staff. Success only means the second factor may be asked for. */
    @Transactional
    public StepResult checkPassword(String email, String password, String ipAddress) {
        Optional<Account> found = accounts.findByEmail(email).filter(Account::isStaff);
        if (found.isEmpty() || found.get().passwordHash() == null) {
            passwords.matches(password == null ? "" : password, decoyHash);
            audit.record(new AuditEvent(new Actor(null, AccountRepository.normaliseEmail(email), ipAddress),
                    AuditActions.SIGN_IN_FAILED, "account", null, "Okänd e-postadress eller konto utan lösenord"));
            return StepResult.rejected();
        }
        Account account = found.get();
        Instant now = clock.instant();
        if (account.isLockedAt(now)) {
            return StepResult.locked(account.lockedUntil());
        }
        if (!account.enabled() || !passwords.matches(password == null ? "" : password, account.passwordHash())) {
            return failure(account, ipAddress, account.enabled() ? "Fel lösenord" : "Avstängt konto");
        }
        return StepResult.passed(account.id());
    }

    /** The second step for staff: a code from the authenticator app, or one of the backup codes. */
    @Transactional
    public StepResult checkSecondFactor(long accountId, String code, String ipAddress) {
        Account account = accounts.findById(accountId).orElseThrow();
        Instant now = clock.instant();
        if (account.isLockedAt(now)) {
            return StepResult.locked(account.lockedUntil());
        }
        if (!account.enabled() || !account.totpEnabled()) {
            return failure(account, ipAddress, "Konto utan aktiv tvåfaktorsinloggning");
        }
        OptionalLong step = Totp.matchingStep(account.totpSecret(), code, now);
        boolean accepted = step.isPresent()
                ? accounts.acceptTotpStep(account.id(), step.getAsLong())
                : backupCodes.consume(account.id(), code);
        if (!accepted) {
            return failure(account, ipAddress, "Fel eller redan använd kod");
        }
        accounts.clearFailures(account.id());
        audit.record(new AuditEvent(new Actor(account.id(), account.email(), ipAddress),
                AuditActions.SIGN_IN, "account", Long.toString(account.id()),
                step.isPresent() ? "Inloggning med lösenord och autentiseringsapp" : "Inloggning med lösenord och reservkod"));
        return StepResult.passed(account.id());
    }

    SignedInUser signedInUser(long accountId) {
        return signedInUser(accounts.findById(accountId).orElseThrow());
    }

    private SignedInUser signedInUser(Account account) {
        return new SignedInUser(account.id(), account.email(), account.displayName(), account.roles(),
                account.organisationIds(), clock.instant());
    }

    private StepResult failure(Account account, String ipAddress, String reason) {
        Instant now = clock.instant();
        accounts.recordFailure(account.id(), now);
        audit.record(new AuditEvent(new Actor(account.id(), account.email(), ipAddress),
                AuditActions.SIGN_IN_FAILED, "account", Long.toString(account.id()), reason));
        if (accounts.failuresSince(account.id(), now.minus(properties.lockoutWindow())) >= properties.lockoutThreshold()) {
            Instant until = now.plus(properties.lockoutWindow());
            accounts.lockUntil(account.id(), until);
            accounts.clearFailures(account.id());
            audit.record(new AuditEvent(new Actor(account.id(), account.email(), ipAddress),
                    AuditActions.ACCOUNT_LOCKED, "account", Long.toString(account.id()),
                    "Låst efter " + properties.lockoutThreshold() + " misslyckade inloggningar"));
            return StepResult.locked(until);
        }
        return StepResult.rejected();
    }

    /** What a sign-in step came to. */
    record StepResult(Outcome outcome, Long accountId, Instant lockedUntil) {

        enum Outcome { PASSED, REJECTED, LOCKED }

        static StepResult passed(long accountId) {
            return new StepResult(Outcome.PASSED, accountId, null);
        }

        static StepResult rejected() {
            return new StepResult(Outcome.REJECTED, null, null);
        }

        static StepResult locked(Instant until) {
            return new StepResult(Outcome.LOCKED, null, until);
        }
    }
}
