package se.arena.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Database failures outside MVC, answered by {@link DatabaseFailures}: the sessions live in the
 * database, so the session and security filters fail before a page is reached, and a page can
 * fail after it, when the session is saved. Also draws the 503 page without the visitor's
 * cookies, so that drawing it never asks the database for the session again.
 */
@Component
@FilterRegistration(name = "databaseFailureFilter", order = DatabaseFailureFilter.ORDER,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
class DatabaseFailureFilter extends HttpFilter {

    /** Outside Spring Session's filter (Integer.MIN_VALUE + 50) and the security filters; inside character encoding and observation. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    private final DatabaseFailures failures;

    DatabaseFailureFilter(DatabaseFailures failures) {
        this.failures = failures;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            boolean unavailable = Integer.valueOf(HttpStatus.SERVICE_UNAVAILABLE.value())
                    .equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
            chain.doFilter(unavailable ? new WithoutCookies(request) : request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!failures.answer(request, response, failure)) {
                throw failure;
            }
        }
    }

    private static final class WithoutCookies extends HttpServletRequestWrapper {

        WithoutCookies(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Cookie[] getCookies() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.COOKIE.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.COOKIE.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }
    }
}
