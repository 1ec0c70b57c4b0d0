package se.arena.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arena.identity.SignedInUser;
import se.arena.network.MembershipRules.LeavingFee;
import se.arena.network.Network;
import se.arena.network.NetworkCatalogue;
import se.arena.network.YearSeats;
import se.arena.organisation.Organisation;
import se.arena.organisation.OrganisationDirectory;
import se.arena.web.SwedishCount;

/**
 * An organisation's networks as its coordinator (or staff) sees them, with its people in each,
 * and leaving one: the seed says every municipality and region is free to end its engagement at
 * any time. Replacing or cancelling one person is {@link OrganisationPeoplePages}.
 */
@Controller
class LeavingPages {

    private final Registrations registrations;
    private final NetworkCatalogue catalogue;
    private final OrganisationDirectory organisations;
    private final Clock clock;
    private final RegistrationSeatCounts seatCounts;
    private final SeatTransfers transfers;

    LeavingPages(Registrations registrations, NetworkCatalogue catalogue, OrganisationDirectory organisations, Clock clock,
                 RegistrationSeatCounts seatCounts, SeatTransfers transfers) {
        this.seatCounts = seatCounts;
        this.transfers = transfers;
        this.registrations = registrations;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.clock = clock;
    }

    /**
     * The organisation's people in a network: those with a seat and those waiting, with the
     * organisation's seats this year and the years after, the decision that appointed each person
     * and the offers of their seats that wait for an answer, by registration id.
     */
    record Membership(Network network, List<Registration> active, List<YearSeats> seatYears, Map<Long, Appointment> decisions,
                      Map<Long, SeatTransfer> offers) {

        public long seats() {
            return active.stream().filter(registration -> registration.status() == RegistrationStatus.CONFIRMED).count();
        }
    }

    @GetMapping("/organisation/{organisationId}/natverk")
    String networks(@PathVariable long organisationId, Model model) {
        model.addAttribute("organisation", organisation(organisationId));
        model.addAttribute("memberships", memberships(organisationId));
        return "registration/organisation-networks";
    }

    /** After leaving (a reload, the back button) the page says so instead of an error. */
    @GetMapping("/organisation/{organisationId}/natverk/{network}/lamna")
    String confirm(@PathVariable long organisationId, @PathVariable long network, Model model, RedirectAttributes redirect) {
        Optional<Membership> found = membership(organisationId, network);
        if (found.isEmpty()) {
            redirect.addFlashAttribute("message", "Organisationen har inga platser eller väntelisteplatser kvar i nätverket.");
            return "redirect:/organisation/" + organisationId + "/natverk";
        }
        Membership membership = found.get();
        int year = LocalDate.now(clock).getYear();
        model.addAttribute("organisation", organisation(organisationId));
        model.addAttribute("membership", membership);
        model.addAttribute("currentYear", year);
        model.addAttribute("currentYearInPeriod", year >= membership.network().firstYear() && year <= membership.network().lastYear());
        model.addAttribute("currentYearInvoiced",
                membership.network().membership().leavingFee() == LeavingFee.CURRENT_YEAR_INVOICED);
        return "registration/leave";
    }

    @PostMapping("/organisation/{organisationId}/natverk/{network}/lamna")
    String leave(@PathVariable long organisationId, @PathVariable long network, HttpServletRequest request,
                 RedirectAttributes redirect) {
        Network left = catalogue.find(network).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<Registration> ended = registrations.leave(left, organisationId, SignedInUser.actor(request));
        redirect.addFlashAttribute("message", organisation(organisationId).name() + " har lämnat " + left.title() + ". "
                + SwedishCount.of(ended.size(), "anmälan", "anmälningar") + " avslutades"
                + " och var och en har fått ett mejl. Deras platser på nätverkets kommande träffar och webbsändningar avbokas också.");
        return "redirect:/organisation/" + organisationId + "/natverk";
    }

    private List<Membership> memberships(long organisationId) {
        Map<Long, List<Registration>> byNetwork = registrations.allOfOrganisation(organisationId).stream()
                .filter(registration -> registration.status().isActive())
                .collect(Collectors.groupingBy(Registration::networkId, LinkedHashMap::new, Collectors.toList()));
        return byNetwork.entrySet().stream()
                .flatMap(entry -> catalogue.find(entry.getKey()).map(network -> new Membership(network, entry.getValue(),
                        seatCounts.seatsTaken(network, organisationId), registrations.decisionsOf(entry.getValue()),
                        transfers.openOffers(entry.getValue()))).stream())
                .toList();
    }

    private Optional<Membership> membership(long organisationId, long networkId) {
        return memberships(organisationId).stream().filter(membership -> membership.network().id() == networkId).findFirst();
    }

    private Organisation organisation(long organisationId) {
        return organisations.findAll(List.of(organisationId)).stream().findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
