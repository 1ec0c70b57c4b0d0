package se.arena.invoicing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arena.identity.SignedInUser;
import se.arena.network.Network;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.InvoicePreferences;
import se.arena.organisation.Organisation;
import se.arena.organisation.OrganisationDirectory;

/**
 * Staff see a network's invoice run for a year before issuing it, and then issue it; on the same
 * page they record which organisations want an invoice per person, and see the credit notes due
 * for seats that ended after their year was invoiced.
 */
@Controller
class InvoiceRunPages {

    private final NetworkCatalogue networks;
    private final OrganisationDirectory organisations;
    private final InvoiceRuns runs;
    private final InvoicePreferences preferences;
    private final CreditsDue creditsDue;
    private final Clock clock;

    InvoiceRunPages(NetworkCatalogue networks, OrganisationDirectory organisations, InvoiceRuns runs,
                    InvoicePreferences preferences, CreditsDue creditsDue, Clock clock) {
        this.creditsDue = creditsDue;
        this.networks = networks;
        this.organisations = organisations;
        this.runs = runs;
        this.preferences = preferences;
        this.clock = clock;
    }

    @GetMapping("/admin/natverk/{networkId}/fakturering")
    String preview(@PathVariable long networkId, @RequestParam(name = "ar", required = false) String year, Model model) {
        Network network = network(networkId);
        int chosen = year(network, year);
        model.addAttribute("network", network);
        model.addAttribute("year", chosen);
        model.addAttribute("years", IntStream.rangeClosed(network.firstYear(), network.lastYear()).boxed().toList());
        model.addAttribute("preview", runs.preview(network, chosen));
        model.addAttribute("dueCredits", creditsDue.of(network, chosen));
        return "invoicing/run";
    }

    @PostMapping("/admin/natverk/{networkId}/fakturering")
    String issue(@PathVariable long networkId, @RequestParam(name = "ar", required = false) String year,
                 HttpServletRequest request, RedirectAttributes redirect) {
        Network network = network(networkId);
        int chosen = year(network, year);
        List<Invoice> issued = runs.issue(network, chosen, SignedInUser.actor(request));
        redirect.addFlashAttribute("message", switch (issued.size()) {
            case 0 -> "Inga fakturor utfärdades: det finns inga fler som kan utfärdas för året.";
            case 1 -> "1 faktura är utfärdad.";
            default -> issued.size() + " fakturor är utfärdade.";
        });
        return "redirect:/admin/natverk/" + networkId + "/fakturering?ar=" + chosen;
    }

    /** Staff record that an organisation wants one invoice per person, or one for the organisation again. */
    @PostMapping("/admin/natverk/{networkId}/fakturering/fakturamottagare")
    String choose(@PathVariable long networkId, @RequestParam(name = "ar", required = false) String year,
                  @RequestParam(name = "organisation", required = false) String organisationId,
                  @RequestParam(name = "perPerson", required = false) String perPerson,
                  HttpServletRequest request, RedirectAttributes redirect) {
        Network network = network(networkId);
        int chosen = year(network, year);
        Organisation organisation = organisation(organisationId);
        boolean wanted = "true".equals(perPerson);
        preferences.choose(organisation, wanted, SignedInUser.actor(request));
        redirect.addFlashAttribute("message", organisation.name() + (wanted
                ? " får en faktura per person i de körningar som inte redan är utfärdade."
                : " får en faktura för organisationen i de körningar som inte redan är utfärdade."));
        return "redirect:/admin/natverk/" + networkId + "/fakturering?ar=" + chosen;
    }

    /** The year asked for when it is in the network's period; otherwise this year, kept within the period. */
    private int year(Network network, String asked) {
        if (asked != null && asked.matches("\\d{4}")) {
            int year = Integer.parseInt(asked);
            if (year >= network.firstYear() && year <= network.lastYear()) {
                return year;
            }
        }
        return Math.clamp(LocalDate.now(clock).getYear(), network.firstYear(), network.lastYear());
    }

    private Organisation organisation(String id) {
        return Optional.ofNullable(id).filter(value -> value.matches("\\d{1,18}"))
                .flatMap(value -> organisations.findAll(List.of(Long.parseLong(value))).stream().findFirst())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Network network(long id) {
        return networks.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
