package se.arena.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page and the statements every Swedish public-sector site must publish. */
@Controller
class InformationPages {

    @GetMapping("/")
    String home() {
        return "web/home";
    }

    @GetMapping("/tillganglighet")
    String accessibilityStatement() {
        return "web/accessibility";
    }

    @GetMapping("/integritet")
    String privacyNotice() {
        return "web/privacy";
    }
}
