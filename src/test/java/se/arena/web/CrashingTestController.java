package se.arena.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/** Exists only in tests: pages that fail, to show what a person sees when something breaks. */
@Controller
class CrashingTestController {

    @GetMapping("/test/krasch")
    String crash() {
        throw new IllegalStateException("Simulated failure with secret detail se.arena.internal");
    }

    @GetMapping("/test/forbjuden")
    String forbidden() {
        throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
}
