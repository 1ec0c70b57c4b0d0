package se.arena.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.HandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place that decides how a database failure that is no fault in the code is answered: a
 * busy or unreachable database, which a moment later will work, with 503 and {@code Retry-After}
 * (the page "Tjänsten är tillfälligt överbelastad", JSON under /api/), and a write that clashed with
 * data already there with 409, where either would otherwise be a 500. Used inside MVC by
 * {@link DatabaseFailureAdvice} and outside it by {@link DatabaseFailureFilter}.
 */
@Component
class DatabaseFailures {

    static final int RETRY_AFTER_SECONDS = 10;

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseFailures.class);
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final int MAX_CAUSES = 32;

    private final MessageSource messages;

    DatabaseFailures(MessageSource messages) {
        this.messages = messages;
    }

    /** @return false, with nothing sent, when the failure is not one of these or the response is already on its way */
    boolean answer(HttpServletRequest request, HttpServletResponse response, Throwable failure) throws IOException {
        Optional<HttpStatus> status = statusFor(failure);
        if (status.isEmpty() || response.isCommitted()) {
            return false;
        }
        if (status.get() == HttpStatus.SERVICE_UNAVAILABLE) {
            LOG.warn("{} {} answered 503, the database is busy or unreachable: {}", request.getMethod(),
                    route(request), causes(failure));
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        } else {
            // a page that let this through should check it and say so next to the field
            LOG.warn("{} {} answered 409, a write clashed with data already there", request.getMethod(),
                    route(request), failure);
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status.get().value());
            body.put("error", status.get().getReasonPhrase());
            body.put("message", messages.getMessage("error." + status.get().value() + ".heading", null, SWEDISH));
            response.resetBuffer();
            response.setStatus(status.get().value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JsonMapper.shared().writeValueAsString(body));
        } else {
            response.sendError(status.get().value());
        }
        return true;
    }

    /**
     * The failure is looked for along the whole chain of causes, as Spring, Spring Session, the
     * transaction template and the servlet container each wrap it in their own exception.
     */
    static Optional<HttpStatus> statusFor(Throwable failure) {
        for (Throwable cause : causeChain(failure)) {
            // before the transient failures, of which the optimistic one is: someone else changed the row first
            if (cause instanceof DuplicateKeyException || cause instanceof OptimisticLockingFailureException) {
                return Optional.of(HttpStatus.CONFLICT);
            }
            if (isBusyOrUnreachable(cause)) {
                return Optional.of(HttpStatus.SERVICE_UNAVAILABLE);
            }
        }
        return Optional.empty();
    }

    private static boolean isBusyOrUnreachable(Throwable cause) {
        return cause instanceof TransientDataAccessException // lock and query timeouts, deadlocks, serialisation failures
                || cause instanceof RecoverableDataAccessException
                || cause instanceof DataAccessResourceFailureException // no connection, a lost one, a cancelled statement
                || cause instanceof CannotCreateTransactionException // no connection for the transaction to start on
                || cause instanceof SQLTransientException // the pool's wait for a connection ran out, JDBC timeouts
                || cause instanceof SQLRecoverableException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLException sql && sql.getSQLState() != null && isBusyOrUnreachable(sql.getSQLState());
    }

    /**
     * Class 08 is a lost or refused connection in every database. PostgreSQL's lock timeout
     * (55P03, lock_not_available) is one Spring leaves uncategorised, as since Spring 6 it
     * translates by exception type and SQL state class, not by each database's own codes.
     */
    private static boolean isBusyOrUnreachable(String sqlState) {
        return sqlState.startsWith("08") || sqlState.equals("55P03");
    }

    /** The page's mapping, such as /anmalan/{token}, and never the address itself: personal links hold secrets. */
    private static Object route(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern != null ? pattern : "(before a page was chosen)";
    }

    /** From who passed it on to what the database said, without the stack traces of a failure that is expected. */
    private static String causes(Throwable failure) {
        return causeChain(failure).stream().map(cause -> cause.getClass().getSimpleName() + ": " + cause.getMessage())
                .collect(Collectors.joining(" <- "));
    }

    /** Capped, so that a chain whose causes point back at each other still ends. */
    private static List<Throwable> causeChain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && chain.size() < MAX_CAUSES; cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }
}
