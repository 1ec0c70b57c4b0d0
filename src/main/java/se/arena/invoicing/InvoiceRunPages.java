package se.arena.invoicing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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

/** Staff see a network's invoice run for a year before issuing it, and then issue it. */
@Controller
class InvoiceRunPages {

    private final NetworkCatalogue networks;
    private final InvoiceRuns runs;
    private final Clock clock;

    InvoiceRunPages(NetworkCatalogue networks, InvoiceRuns runs, Clock clock) {
        this.networks = networks;
        this.runs = runs;
        this.clock = clock;
    }

    @GetMapping("/admin/natverk/{networkId}/fakturering")
    String preview(@PathVariable long networkId, @RequestParam(name = "ar", required = false) String year, Model model) {
        Network network = network(networkId);
        int chosen = year(network, year);
        List<InvoiceRuns.Proposal> proposals = runs.preview(network, chosen);
        model.addAttribute("network", network);
        model.addAttribute("year", chosen);
        model.addAttribute("years", IntStream.rangeClosed(network.firstYear(), network.lastYear()).boxed().toList());
        model.addAttribute("proposals", proposals);
        model.addAttribute("issuable", proposals.stream().filter(InvoiceRuns.Proposal::canBeIssued).count());
        return "invoicing/run";
    }

    @PostMapping("/admin/natverk/{networkId}/fakturering")
    String issue(@PathVariable long networkId, @RequestParam(name = "ar", required = false) String year,
                 HttpServletRequest request, RedirectAttributes redirect) {
        Network network = network(networkId);
        int chosen = year(network, year);
        List<Invoice> issued = runs.issue(network, chosen, SignedInUser.actor(request));
        redirect.addFlashAttribute("message", issued.size() == 1 ? "1 faktura är utfärdad." : issued.size() + " fakturor är utfärdade.");
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

    private Network network(long id) {
        return networks.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
