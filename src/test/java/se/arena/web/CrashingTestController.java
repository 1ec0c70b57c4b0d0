package se.arena.web;

import java.time.LocalDateTime;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/** Exists only in tests: pages that fail, to show what a person sees when something breaks. */
@Controller
class CrashingTestController {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    CrashingTestController(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @GetMapping("/test/krasch")
    String crash() {
        throw new IllegalStateException("Simulated failure with secret detail se.arena.internal");
    }

    @GetMapping("/test/forbjuden")
    String forbidden() {
        throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }

    /** A write that breaks a unique key no page checked first, in a transaction as the services make them; rolled back. */
    @GetMapping({"/test/krock", "/api/test/krock"})
    void clash() {
        String name = "clash-" + UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            for (int twice = 0; twice < 2; twice++) {
                jdbc.sql("INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES (:name, :now, :now, 'test')")
                        .param("name", name).param("now", LocalDateTime.now()).update();
            }
        });
    }
}
