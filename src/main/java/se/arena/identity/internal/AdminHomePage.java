package se.arena.identity.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff start page: where the staff tools are. */
@Controller
class AdminHomePage {

    @GetMapping("/admin")
    String home() {
        return "identity/admin-home";
    }
}
