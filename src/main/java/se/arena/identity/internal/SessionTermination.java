package se.arena.identity.internal;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends every session of an account, on every node, since sessions live in the database. */
@Component
class SessionTermination {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SessionTermination(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    void endAllSessionsOf(long accountId) {
        sessions.findByPrincipalName(Long.toString(accountId)).keySet().forEach(sessions::deleteById);
    }
}
