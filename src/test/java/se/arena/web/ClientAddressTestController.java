package se.arena.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Exists only in tests: shows the client address and scheme the application believes, as the audit log and rate limits read them. */
@RestController
class ClientAddressTestController {

    @GetMapping("/test/klientadress")
    String clientAddress(HttpServletRequest request) {
        return request.getRemoteAddr() + " " + request.getScheme();
    }
}
