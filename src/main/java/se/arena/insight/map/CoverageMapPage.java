package se.arena.insight.map;

import java.util.Locale;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The coverage map ("Täckningskarta") for staff: every kommun coloured by participation, for one
 * network or all and one year, with the same facts as tables. A choice the page cannot use is
 * marked on its field and the map shows the defaults rather than a guess. The same map as an
 * image lets other staff pages (the start page, a network's page) show it without depending on
 * this module.
 */
@Controller
class CoverageMapPage {

    private final CoverageMaps maps;
    private final SpringTemplateEngine templates;

    CoverageMapPage(CoverageMaps maps, SpringTemplateEngine templates) {
        this.maps = maps;
        this.templates = templates;
    }

    @GetMapping("/admin/karta")
    String map(@RequestParam(name = "natverk", required = false) String network,
               @RequestParam(name = "ar", required = false) String year,
               Model model) {
        MapChoice choice = maps.choose(network, year);
        model.addAttribute("choice", choice);
        model.addAttribute("coverage", maps.coverage(choice));
        return "insight/coverage-map";
    }

    /** The map alone, as an SVG image: for {@code <img>}, so it has no links, scripts or styles of the page's. */
    @GetMapping("/admin/karta/karta.svg")
    ResponseEntity<String> image(@RequestParam(name = "natverk", required = false) String network,
                                 @RequestParam(name = "ar", required = false) String year) {
        MapChoice choice = maps.choose(network, year);
        String svg = templates.process("insight/map-image", new Context(Locale.forLanguageTag("sv-SE"), Map.of(
                "map", maps.coverage(choice).map(),
                "name", "Täckningskarta " + choice.year(),
                "description", "Sveriges kommuner färgade efter deltagande.")));
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml;charset=UTF-8"))
                .cacheControl(CacheControl.noStore()).body(svg);
    }
}
