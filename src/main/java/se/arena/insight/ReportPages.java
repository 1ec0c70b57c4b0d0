package se.arena.insight;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import se.arena.network.Network;
import se.arena.web.ExportTable;
import se.arena.web.TableExport;

/**
 * Staff reports ("Rapporter"): revenue per network and year, participants per year and the
 * organisations that declined or let seats lapse, each filtered alike and downloadable.
 */
@Controller
class ReportPages {

    private final Reports reports;
    private final TableExport export;

    ReportPages(Reports reports, TableExport export) {
        this.reports = reports;
        this.export = export;
    }

    @GetMapping("/admin/rapporter")
    String reports(@RequestParam(name = "natverk", required = false) String network,
                   @RequestParam(name = "fran", required = false) String from,
                   @RequestParam(name = "till", required = false) String to,
                   Model model) {
        ReportFilter filter = ReportFilter.of(network, from, to);
        List<Network> networks = reports.networks();
        model.addAttribute("filter", filter);
        model.addAttribute("errors", filter.errors());
        model.addAttribute("networks", networks);
        model.addAttribute("years", reports.years(networks, filter));
        if (filter.isUsable()) {
            List<RevenueRow> revenue = reports.revenue(filter);
            model.addAttribute("revenue", revenue);
            model.addAttribute("revenueSum", RevenueRow.sum(revenue));
            model.addAttribute("participants", reports.participants(filter));
            model.addAttribute("departures", reports.departures(filter));
        }
        return "insight/reports";
    }

    /** A report as CSV or XLSX; a filter the page would refuse goes back to the page to say why. */
    @GetMapping("/admin/rapporter/{report}/export")
    ResponseEntity<byte[]> export(@PathVariable String report,
                                  @RequestParam(name = "natverk", required = false) String network,
                                  @RequestParam(name = "fran", required = false) String from,
                                  @RequestParam(name = "till", required = false) String to,
                                  @RequestParam(name = "format", required = false) String format) {
        ReportFilter filter = ReportFilter.of(network, from, to);
        if (!filter.isUsable()) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(UriComponentsBuilder.fromPath("/admin/rapporter")
                    .queryParamIfPresent("natverk", Optional.ofNullable(network))
                    .queryParamIfPresent("fran", Optional.ofNullable(from))
                    .queryParamIfPresent("till", Optional.ofNullable(to))
                    .encode().build().toUri()).build();
        }
        ExportTable table = switch (report) {
            case "intakter" -> ReportTables.revenue(reports.revenue(filter));
            case "deltagare" -> ReportTables.participants(reports.participants(filter));
            case "avbojda" -> ReportTables.departures(reports.departures(filter));
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
        return export.download(table, format);
    }
}
