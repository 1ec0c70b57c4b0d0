package se.arena.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arena.SwedishCollation;
import se.arena.identity.SignedInUser;
import se.arena.network.Network;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.Organisation;
import se.arena.organisation.OrganisationDirectory;
import se.arena.web.ExportTable;
import se.arena.web.FormErrors;
import se.arena.web.SwedishTime;
import se.arena.web.TableExport;

/**
 * Staff open a network's re-confirmation round and follow it on one page: who answered, who
 * declined, who is silent; they remind an organisation or answer on its behalf.
 */
@Controller
class RenewalAdminPages {

    private static final List<String> FILTERS = List.of("alla", "tysta", "avbojda", "besvarade");

    private final Renewals renewals;
    private final NetworkCatalogue catalogue;
    private final OrganisationDirectory organisations;
    private final TableExport export;
    private final Clock clock;

    RenewalAdminPages(Renewals renewals, NetworkCatalogue catalogue, OrganisationDirectory organisations, TableExport export,
                      Clock clock) {
        this.renewals = renewals;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/admin/natverk/{networkId}/fornyelse")
    String rounds(@PathVariable long networkId, Model model) {
        Network network = network(networkId);
        LocalDate suggested = LocalDate.now(clock).plusDays(network.membership().renewalAnswerDays());
        return roundsPage(model, network, suggested.toString(), new FormErrors());
    }

    @PostMapping("/admin/natverk/{networkId}/fornyelse")
    String open(@PathVariable long networkId, @RequestParam(name = "deadline", defaultValue = "") String deadlineText,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        Network network = network(networkId);
        FormErrors errors = new FormErrors();
        Integer year = renewals.yearToAsk(network).orElse(null);
        LocalDate deadline = null;
        try {
            deadline = LocalDate.parse(deadlineText.strip());
        } catch (DateTimeParseException notADate) {
            errors.add("deadline", "Skriv sista svarsdag som ÅÅÅÅ-MM-DD, till exempel 2027-12-15.");
        }
        if (year == null) {
            errors.add("deadline", "Det finns inget kommande år i nätverkets period att fråga om.");
        }
        if (errors.isEmpty()) {
            try {
                RenewalRound round = renewals.open(network, year, deadline, SignedInUser.actor(request));
                return "redirect:/admin/natverk/" + networkId + "/fornyelse/" + round.id();
            } catch (IllegalArgumentException rejected) {
                errors.add("deadline", rejected.getMessage());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return roundsPage(model, network, deadlineText, errors);
    }

    @GetMapping("/admin/natverk/{networkId}/fornyelse/{roundId}")
    String round(@PathVariable long networkId, @PathVariable long roundId,
                 @RequestParam(name = "visa", defaultValue = "alla") String filter, Model model) {
        Network network = network(networkId);
        RenewalRound round = round(network, roundId);
        String chosen = FILTERS.contains(filter) ? filter : "alla";
        List<RenewalProgress> all = progress(round);
        List<RenewalSeat> seats = all.stream().flatMap(part -> part.seats().stream()).toList();
        model.addAttribute("network", network);
        model.addAttribute("round", round);
        model.addAttribute("open", round.takesAnswers(LocalDate.now(clock)));
        model.addAttribute("filter", chosen);
        model.addAttribute("filters", FILTERS);
        model.addAttribute("organisations", all.stream().filter(part -> part.matches(chosen)).toList());
        model.addAttribute("counts", Arrays.stream(RenewalAnswer.values()).collect(Collectors.toMap(Function.identity(),
                answer -> seats.stream().filter(seat -> seat.answer() == answer).count(), (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("silent", seats.stream().filter(seat -> !seat.isAnswered()).count());
        model.addAttribute("total", seats.size());
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
            model.addAttribute("errors", Map.of());
        }
        return "registration/renewal-admin";
    }

    @GetMapping("/admin/natverk/{networkId}/fornyelse/{roundId}/export")
    ResponseEntity<byte[]> export(@PathVariable long networkId, @PathVariable long roundId,
                                  @RequestParam(name = "format", defaultValue = "csv") String format) {
        Network network = network(networkId);
        RenewalRound round = round(network, roundId);
        List<List<String>> rows = progress(round).stream().flatMap(part -> part.seats().stream().map(seat -> List.of(
                part.organisation().name(), seat.name(), seat.email(),
                seat.answer() == null ? "Inget svar" : seat.answer().label(),
                seat.answeredBy() == null ? "" : seat.answeredBy(),
                SwedishTime.iso(seat.answeredAt())))).toList();
        return export.download(new ExportTable("fornyelse-" + network.slug() + "-" + round.year(),
                List.of("Organisation", "Namn", "E-post", "Svar", "Besvarad av", "Besvarad"), rows), format);
    }

    @PostMapping("/admin/natverk/{networkId}/fornyelse/{roundId}/paminn")
    String remind(@PathVariable long networkId, @PathVariable long roundId, @RequestParam long organisation,
                  HttpServletRequest request, RedirectAttributes redirect) {
        Network network = network(networkId);
        RenewalRound round = round(network, roundId);
        int reminded = renewals.remind(network, round, organisation, SignedInUser.actor(request));
        redirect.addFlashAttribute("message", reminded == 0
                ? "Ingen påminnelse skickades: organisationen har svarat för alla platser, eller svarstiden har gått ut."
                : "Påminnelse skickad till " + reminded + (reminded == 1 ? " mottagare." : " mottagare."));
        return "redirect:/admin/natverk/" + networkId + "/fornyelse/" + roundId;
    }

    @PostMapping("/admin/natverk/{networkId}/fornyelse/{roundId}/sparra-lankar")
    String revokeLinks(@PathVariable long networkId, @PathVariable long roundId, @RequestParam long organisation,
                       HttpServletRequest request, RedirectAttributes redirect) {
        Network network = network(networkId);
        RenewalRound round = round(network, roundId);
        int revoked = renewals.revokeLinks(network, round, organisation, SignedInUser.actor(request));
        redirect.addFlashAttribute("message", revoked == 0
                ? "Organisationen hade inga länkar som fungerade."
                : "Organisationens länkar är spärrade. En påminnelse skickar nya länkar.");
        return "redirect:/admin/natverk/" + networkId + "/fornyelse/" + roundId;
    }

    /**
     * Staff answer for one seat on the organisation's behalf, e.g. after a phone call: continue,
     * decline, or another person, whose name and address are checked as on the organisation's own page.
     */
    @PostMapping("/admin/natverk/{networkId}/fornyelse/{roundId}/svar")
    String answer(@PathVariable long networkId, @PathVariable long roundId, @RequestParam long registration,
                  HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Network network = network(networkId);
        RenewalRound round = round(network, roundId);
        RenewalSeat seat = renewals.seats(round).stream().filter(asked -> asked.registrationId() == registration).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!round.takesAnswers(LocalDate.now(clock))) {
            redirect.addFlashAttribute("message", "Svarstiden har gått ut; svaren kan inte längre ändras.");
            return "redirect:/admin/natverk/" + networkId + "/fornyelse/" + roundId;
        }
        Map<String, String> typed = new HashMap<>();
        FormErrors errors = new FormErrors();
        Optional<SeatChoice> choice = RenewalPages.readChoice(request, seat, typed, errors);
        if (choice.isEmpty()) {
            if (errors.isEmpty()) {
                errors.add("svar" + registration, "Välj ett svar för " + seat.name() + ".");
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", errors.asMap());
            model.addAttribute("typed", typed);
            return round(networkId, roundId, "alla", model);
        }
        renewals.answer(network, round, null, Map.of(registration, choice.get()), SignedInUser.actor(request));
        redirect.addFlashAttribute("message", "Svaret för " + seat.name() + " är sparat: " + choice.get().answer().label() + ".");
        return "redirect:/admin/natverk/" + networkId + "/fornyelse/" + roundId;
    }

    private String roundsPage(Model model, Network network, String deadline, FormErrors errors) {
        model.addAttribute("network", network);
        model.addAttribute("rounds", renewals.roundsOf(network));
        model.addAttribute("yearToAsk", renewals.yearToAsk(network).orElse(null));
        model.addAttribute("deadline", deadline);
        model.addAttribute("errors", errors.asMap());
        return "registration/renewal-rounds";
    }

    private List<RenewalProgress> progress(RenewalRound round) {
        Map<Long, List<RenewalSeat>> byOrganisation = renewals.seats(round).stream()
                .collect(Collectors.groupingBy(RenewalSeat::organisationId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<RenewalRequest>> requests = renewals.requests(round).stream()
                .collect(Collectors.groupingBy(RenewalRequest::organisationId));
        Map<Long, Organisation> named = organisations.findAll(List.copyOf(byOrganisation.keySet())).stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        return byOrganisation.entrySet().stream()
                .map(entry -> new RenewalProgress(named.get(entry.getKey()), entry.getValue(),
                        requests.getOrDefault(entry.getKey(), List.of())))
                .sorted(Comparator.comparing(part -> SwedishCollation.sortKey(part.organisation().name())))
                .toList();
    }

    private Network network(long networkId) {
        return catalogue.find(networkId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private RenewalRound round(Network network, long roundId) {
        return renewals.findRound(network, roundId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
