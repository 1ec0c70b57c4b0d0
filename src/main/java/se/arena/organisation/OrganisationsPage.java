package se.arena.organisation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.arena.Paged;

@Controller
class OrganisationsPage {

    private static final int PAGE_SIZE = 50;

    private final OrganisationDirectory directory;

    OrganisationsPage(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/organisationer")
    String list(@RequestParam(name = "q", required = false) String query,
                @RequestParam(name = "lan", required = false) String county,
                @RequestParam(name = "typ", required = false) String type,
                @RequestParam(name = "sida", required = false) String page,
                Model model) {
        OrganisationFilter filter = OrganisationFilter.of(query, county, type);
        model.addAttribute("filter", filter);
        model.addAttribute("query", query == null ? "" : query);
        model.addAttribute("result", directory.search(filter, Paged.pageNumber(page), PAGE_SIZE));
        model.addAttribute("counties", directory.counties());
        model.addAttribute("types", OrganisationType.values());
        return "organisation/list";
    }
}
