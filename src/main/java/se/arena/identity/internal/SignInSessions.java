package se.arena.identity.internal;

import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import se.arena.identity.Role;
import se.arena.identity.SignedInUser;

/** Turns a checked sign-in into a session, and keeps the in-between state of staff sign-ins. */
@Component
class SignInSessions {

    private final SessionAuthenticationStrategy sessionStrategy;
    private final SecurityContextRepository contexts;
    private final TrustedBrowsers trustedBrowsers;
    private final SecurityProperties properties;
    private final Clock clock;

    SignInSessions(SessionAuthenticationStrategy sessionStrategy, SecurityContextRepository contexts,
                   TrustedBrowsers trustedBrowsers, SecurityProperties properties, Clock clock) {
        this.sessionStrategy = sessionStrategy;
        this.contexts = contexts;
        this.trustedBrowsers = trustedBrowsers;
        this.properties = properties;
        this.clock = clock;
    }

    /** Signs the person in with a new session id, so a session id planted before sign-in is worthless. */
    void establish(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(
                user, null, user.roles().stream().map(Role::authority).toList());
        sessionStrategy.onAuthentication(authentication, request, response);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        HttpSession session = request.getSession();
        session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        session.setMaxInactiveInterval((int) (user.isStaff() ? properties.staffIdleTimeout() : properties.idleTimeout()).toSeconds());
    }

    /** A staff member proved both factors: signed in, and this browser is trusted for their address from now on. */
    void establishWithSecondFactor(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
        establish(user, request, response);
        trustedBrowsers.trust(user.email(), request, response);
    }

    void startPending(long accountId, PendingSignIn.Stage stage, HttpServletRequest request, HttpServletResponse response) {
        // the half-way state gets a fresh session id too: the step after the password must not be hijackable
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession();
        session.setAttribute(PendingSignIn.SESSION_ATTRIBUTE, new PendingSignIn(accountId, stage, clock.instant()));
        session.setMaxInactiveInterval((int) properties.staffIdleTimeout().toSeconds());
    }

    Optional<PendingSignIn> pending(HttpServletRequest request, PendingSignIn.Stage stage) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PendingSignIn.SESSION_ATTRIBUTE) instanceof PendingSignIn pending)) {
            return Optional.empty();
        }
        if (pending.stage() != stage || pending.isExpiredAt(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    void clearPending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        }
    }
}
