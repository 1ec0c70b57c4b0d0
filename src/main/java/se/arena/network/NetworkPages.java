package se.arena.network;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

@Controller
class NetworkPages {

    private final NetworkCatalogue catalogue;
    private final Clock clock;

    NetworkPages(NetworkCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @GetMapping("/natverk")
    String catalogue(@RequestParam(name = "malgrupp", required = false) String targetGroup,
                     @RequestParam(name = "tema", required = false) String theme,
                     @RequestParam(name = "oppna", required = false) String openOnly,
                     Model model) {
        NetworkFilter filter = NetworkFilter.of(targetGroup, theme, openOnly);
        model.addAttribute("filter", filter);
        model.addAttribute("networks", catalogue.publicNetworks(filter));
        model.addAttribute("themes", catalogue.publicThemes());
        model.addAttribute("targetGroups", TargetGroup.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "network/catalogue";
    }

    @GetMapping("/natverk/{slug}")
    String network(@PathVariable String slug, Model model) {
        Invitation invitation = catalogue.publicInvitation(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("invitation", invitation);
        model.addAttribute("network", invitation.network());
        model.addAttribute("today", LocalDate.now(clock));
        return "network/network";
    }
}
