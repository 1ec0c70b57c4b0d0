package se.arena.insight.map;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.arena.network.Network;

/**
 * The coverage map ("Täckningskarta") for staff: every kommun coloured by participation, for one
 * network or all and one year, with the same facts as tables. A choice the page cannot use is
 * marked on its field and the map shows the defaults rather than a guess.
 */
@Controller
class CoverageMapPage {

    private final CoverageMaps maps;

    CoverageMapPage(CoverageMaps maps) {
        this.maps = maps;
    }

    @GetMapping("/admin/karta")
    String map(@RequestParam(name = "natverk", required = false) String network,
               @RequestParam(name = "ar", required = false) String year,
               Model model) {
        List<Network> networks = maps.networks();
        Optional<Network> chosen = Optional.empty();
        if (network != null && !network.isBlank()) {
            chosen = networks.stream().filter(n -> Long.toString(n.id()).equals(network.strip())).findFirst();
            if (chosen.isEmpty()) {
                model.addAttribute("networkError", "Välj ett nätverk i listan.");
            }
        }
        List<Integer> years = maps.years(networks, chosen.orElse(null));
        int shownYear = maps.defaultYear(years);
        if (year != null && !year.isBlank()) {
            String typed = year.strip();
            Optional<Integer> match = years.stream().filter(y -> y.toString().equals(typed)).findFirst();
            if (match.isPresent()) {
                shownYear = match.get();
            } else {
                model.addAttribute("yearError", "Välj ett år i listan.");
            }
        }
        model.addAttribute("networks", networks);
        model.addAttribute("network", chosen.orElse(null));
        model.addAttribute("years", years);
        model.addAttribute("year", shownYear);
        model.addAttribute("coverage", maps.coverage(chosen.orElse(null), shownYear));
        return "insight/coverage-map";
    }
}
