package se.arena.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

import se.arena.identity.SignedInUser;
import se.arena.privacy.Actor;
import se.arena.privacy.AuditActions;
import se.arena.privacy.AuditEvent;
import se.arena.privacy.AuditLog;

/** Signing out ends the account's sessions everywhere, not only in this browser. */
@Component
class SignOutHandler implements LogoutHandler {

    private final SessionTermination sessions;
    private final AuditLog audit;

    SignOutHandler(SessionTermination sessions, AuditLog audit) {
        this.sessions = sessions;
        this.audit = audit;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            sessions.endAllSessionsOf(user.accountId());
            audit.record(new AuditEvent(new Actor(user.accountId(), user.email(), request.getRemoteAddr()),
                    AuditActions.SIGN_OUT, "account", Long.toString(user.accountId()), "Utloggning"));
        }
    }
}
