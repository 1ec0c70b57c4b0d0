package se.arena.notification;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Send me a new link" for whoever holds a personal link that no longer works. */
@Controller
class PersonalLinkPages {

    private final PersonalLinks links;

    PersonalLinkPages(PersonalLinks links) {
        this.links = links;
    }

    @PostMapping("/lank/ny")
    String sendNew(@RequestParam(name = "lank", defaultValue = "") String token) {
        links.sendNew(token);
        return "redirect:/lank/ny/skickad";
    }

    @GetMapping("/lank/ny/skickad")
    String sent() {
        return "notification/link-sent";
    }
}
