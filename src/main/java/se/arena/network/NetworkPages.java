package se.arena.network;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.HttpStatus;

import se.arena.organisation.Organisation;
import se.arena.organisation.OrganisationDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

@Controller
class NetworkPages {

    private final NetworkCatalogue catalogue;
    private final OrganisationDirectory organisations;
    private final SeatCounts seats;
    private final Clock clock;

    NetworkPages(NetworkCatalogue catalogue, OrganisationDirectory organisations, SeatCounts seats, Clock clock) {
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.seats = seats;
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
    String network(@PathVariable String slug, @RequestParam(name = "organisation", required = false) String organisation,
                   Model model) {
        Invitation invitation = catalogue.publicInvitation(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Network network = invitation.network();
        model.addAttribute("invitation", invitation);
        model.addAttribute("network", network);
        model.addAttribute("today", LocalDate.now(clock));
        if (network.seatsPerOrganisation() != null && network.acceptsRegistrations(LocalDate.now(clock))) {
            model.addAttribute("organisations", organisations.all());
            chosen(organisation).ifPresent(chosen -> {
                model.addAttribute("chosenOrganisation", chosen);
                model.addAttribute("seatsLeft", new OrganisationSeats(chosen.name(), seats.seatsTaken(network, chosen.id())).sentence());
            });
        }
        return "network/network";
    }

    private java.util.Optional<Organisation> chosen(String organisationId) {
        if (organisationId == null || !organisationId.matches("\\d{1,18}")) {
            return java.util.Optional.empty();
        }
        return organisations.findAll(java.util.List.of(Long.valueOf(organisationId))).stream().findFirst();
    }
}
