package se.arena.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Database failures thrown by a page, answered by {@link DatabaseFailures}. Needed beside the
 * filter because Spring MVC would otherwise take a lost database connection, whose causes end in
 * an EOFException, for a visitor who went away, and answer an empty 200.
 */
@ControllerAdvice
class DatabaseFailureAdvice {

    private final DatabaseFailures failures;

    DatabaseFailureAdvice(DatabaseFailures failures) {
        this.failures = failures;
    }

    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    void answer(Exception failure, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (!failures.answer(request, response, failure)) {
            throw failure;
        }
    }
}
