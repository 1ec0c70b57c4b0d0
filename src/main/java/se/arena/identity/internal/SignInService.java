package se.arena.identity.internal;

import java.time.Clock;
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

/**
 * The rules of signing in: e-mail links, and for staff a password and then a second factor, both
 * steps throttled by {@link SignInThrottle} rather than by locking the account.
 */
@Service
class SignInService {

    /** The actor of a failed sign-in for an address without an account: never the typed text. */
    static final String UNKNOWN_ACTOR = "okänd";

    /** Verified against when the address is unknown, so that a wrong address takes as long as a wrong password. */
    private final String decoyHash;

    private final AccountRepository accounts;
    private final AccountTokens tokens;
    private final BackupCodes backupCodes;
    private final PasswordEncoder passwords;
    private final Outbox outbox;
    private final AuditLog audit;
    private final SignInThrottle throttle;
    private final SecurityProperties properties;
    private final ArenaProperties arena;
    private final Clock clock;

    SignInService(AccountRepository accounts, AccountTokens tokens, BackupCodes backupCodes, PasswordEncoder passwords,
                  Outbox outbox, AuditLog audit, SignInThrottle throttle, SecurityProperties properties,
                  ArenaProperties arena, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.backupCodes = backupCodes;
        this.passwords = passwords;
        this.outbox = outbox;
        this.audit = audit;
        this.throttle = throttle;
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
                () -> audit.record(new AuditEvent(new Actor(null, UNKNOWN_ACTOR, ipAddress),
                        AuditActions.SIGN_IN_FAILED, "account", null, "Ogiltig eller använd inloggningslänk")));
        return account.map(this::signedInUser);
    }

    /**
     * The first step for staff. Success only means the second factor may be asked for. An
     * address without a staff account with a password is answered as a wrong password is, after
     * the same throttle rows and the same hash work, and audited without what was typed.
     */
    public StepResult checkPassword(String email, String password, SignInClient client) {
        Optional<SignInThrottle.Attempt> attempt = throttle.beginPasswordStep(email, client);
        if (attempt.isEmpty()) {
            return StepResult.throttled();
        }
        Optional<Account> account = accounts.findByEmail(email).filter(Account::isStaff)
                .filter(found -> found.passwordHash() != null);
        boolean matches = passwords.matches(password == null ? "" : password,
                account.map(Account::passwordHash).orElse(decoyHash));
        if (account.isEmpty()) {
            return failure(Optional.empty(), client, attempt.get(), "Okänd e-postadress eller konto utan lösenord");
        }
        if (!account.get().enabled() || !matches) {
            return failure(account, client, attempt.get(), account.get().enabled() ? "Fel lösenord" : "Avstängt konto");
        }
        throttle.forgive(attempt.get());
        return StepResult.passed(account.get().id());
    }

    /** The second step for staff: a code from the authenticator app, or one of the backup codes. */
    public StepResult checkSecondFactor(long accountId, String code, SignInClient client) {
        Account account = accounts.findById(accountId).orElseThrow();
        Optional<SignInThrottle.Attempt> attempt = throttle.beginSecondFactorStep(account, client);
        if (attempt.isEmpty()) {
            return StepResult.throttled();
        }
        if (!account.enabled() || !account.totpEnabled()) {
            return failure(Optional.of(account), client, attempt.get(), "Konto utan aktiv tvåfaktorsinloggning");
        }
        OptionalLong step = Totp.matchingStep(account.totpSecret(), code, clock.instant());
        boolean accepted = step.isPresent()
                ? accounts.acceptTotpStep(account.id(), step.getAsLong())
                : backupCodes.consume(account.id(), code);
        if (!accepted) {
            return failure(Optional.of(account), client, attempt.get(), "Fel eller redan använd kod");
        }
        throttle.forgive(attempt.get());
        audit.record(new AuditEvent(new Actor(account.id(), account.email(), client.ipAddress()),
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

    /**
     * Audits a failed step. The actor is the account when the address has one, else the fixed
     * {@value #UNKNOWN_ACTOR}: people type passwords into the e-mail field, and the log must not
     * keep them. Nothing typed, password or code, is ever recorded.
     */
    private StepResult failure(Optional<Account> account, SignInClient client, SignInThrottle.Attempt attempt, String reason) {
        Actor actor = account.map(found -> new Actor(found.id(), found.email(), client.ipAddress()))
                .orElseGet(() -> new Actor(null, UNKNOWN_ACTOR, client.ipAddress()));
        String subjectId = account.map(found -> Long.toString(found.id())).orElse(null);
        audit.record(new AuditEvent(actor, AuditActions.SIGN_IN_FAILED, "account", subjectId, reason));
        attempt.stopsOnFailure().ifPresent(stopped ->
                audit.record(new AuditEvent(actor, AuditActions.SIGN_IN_THROTTLED, "account", subjectId, stopped)));
        return StepResult.rejected();
    }

    /** What a sign-in step came to. */
    record StepResult(Outcome outcome, Long accountId) {

        enum Outcome {
            PASSED,
            REJECTED,
            /** Too many failures under one of the throttle's keys; nothing was checked. */
            THROTTLED
        }

        static StepResult passed(long accountId) {
            return new StepResult(Outcome.PASSED, accountId);
        }

        static StepResult rejected() {
            return new StepResult(Outcome.REJECTED, null);
        }

        static StepResult throttled() {
            return new StepResult(Outcome.THROTTLED, null);
        }
    }
}
