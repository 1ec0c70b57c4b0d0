package se.arena.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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

import se.arena.identity.SignedInUser;
import se.arena.web.ExportTable;
import se.arena.web.FormErrors;
import se.arena.web.TableExport;

import static se.arena.web.FormValues.value;

/** Staff create, edit, preview and publish networks at /admin/natverk. */
@Controller
class NetworkAdminPages {

    private final NetworkAdministration administration;
    private final TableExport export;
    private final Clock clock;

    NetworkAdminPages(NetworkAdministration administration, TableExport export, Clock clock) {
        this.administration = administration;
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/admin/natverk")
    String list(@RequestParam(name = "q", required = false) String text,
                @RequestParam(name = "status", required = false) String status, Model model) {
        NetworkStatus chosen = parseStatus(status);
        model.addAttribute("query", text == null ? "" : text);
        model.addAttribute("status", chosen);
        model.addAttribute("statuses", NetworkStatus.values());
        model.addAttribute("networks", administration.list(text, chosen));
        return "network/admin-list";
    }

    @GetMapping("/admin/natverk/export")
    ResponseEntity<byte[]> export(@RequestParam(name = "q", required = false) String text,
                                  @RequestParam(name = "status", required = false) String status,
                                  @RequestParam(name = "format", defaultValue = "csv") String format) {
        List<List<String>> rows = administration.list(text, parseStatus(status)).stream().map(network -> List.of(
                network.title(), network.slug(), network.status().label(), network.period(), network.targetGroup().label(),
                network.feeDescription(),
                network.seatsPerOrganisation() == null ? "" : network.seatsPerOrganisation().toString(),
                network.registrationDeadline() == null ? "" : network.registrationDeadline().toString())).toList();
        return export.download(new ExportTable("natverk",
                List.of("Namn", "Adressnamn", "Status", "Period", "Målgrupp", "Kostnad", "Platser per organisation", "Sista anmälningsdag"),
                rows), format);
    }

    @GetMapping("/admin/natverk/nytt")
    String newNetwork(Model model) {
        return form(model, NetworkForm.empty(), null);
    }

    @PostMapping("/admin/natverk/nytt")
    String create(HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        NetworkForm form = read(request);
        FormErrors errors = validate(form, null);
        if (!errors.isEmpty()) {
            return invalid(model, response, form, errors, null);
        }
        long id = administration.create(form, SignedInUser.actor(request));
        redirect.addFlashAttribute("message", "Nätverket är sparat som utkast. Förhandsgranska det och öppna det för anmälan när det är klart.");
        return "redirect:/admin/natverk/" + id;
    }

    @GetMapping("/admin/natverk/{id}")
    String edit(@PathVariable long id, Model model) {
        Invitation invitation = find(id);
        return form(model, NetworkForm.of(invitation), invitation.network());
    }

    @PostMapping("/admin/natverk/{id}")
    String update(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model,
                  RedirectAttributes redirect) {
        Network network = find(id).network();
        NetworkForm form = read(request);
        FormErrors errors = validate(form, id);
        if (!errors.isEmpty()) {
            return invalid(model, response, form, errors, network);
        }
        administration.update(id, form, SignedInUser.actor(request));
        redirect.addFlashAttribute("message", "Ändringarna är sparade.");
        return "redirect:/admin/natverk/" + id;
    }

    @PostMapping("/admin/natverk/{id}/status")
    String moveStatus(@PathVariable long id, @RequestParam(name = "fran", defaultValue = "") String from,
                      @RequestParam(name = "till", defaultValue = "") String to, HttpServletRequest request,
                      RedirectAttributes redirect) {
        find(id);
        NetworkStatus fromStatus = parseStatus(from);
        NetworkStatus toStatus = parseStatus(to);
        boolean moved = fromStatus != null && toStatus != null
                && administration.moveStatus(id, fromStatus, toStatus, SignedInUser.actor(request));
        redirect.addFlashAttribute("message", moved
                ? "Nätverket har nu status: " + toStatus.label() + "."
                : "Statusen kunde inte ändras. Någon kan ha ändrat nätverket samtidigt; kontrollera statusen nedan och försök igen.");
        return "redirect:/admin/natverk/" + id;
    }

    /** The public page as it will look, also for a draft that the public cannot see yet. */
    @GetMapping("/admin/natverk/{id}/forhandsgranskning")
    String preview(@PathVariable long id, Model model) {
        Invitation invitation = find(id);
        model.addAttribute("invitation", invitation);
        model.addAttribute("network", invitation.network());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("preview", true);
        return "network/network";
    }

    private Invitation find(long id) {
        return administration.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private FormErrors validate(NetworkForm form, Long id) {
        FormErrors errors = form.validate();
        if (!errors.asMap().containsKey("slug") && administration.slugTaken(form.effectiveSlug(), id)) {
            errors.add("slug", "Det finns redan ett nätverk med adressnamnet " + form.effectiveSlug() + ". Välj ett annat.");
        }
        return errors;
    }

    private String invalid(Model model, HttpServletResponse response, NetworkForm form, FormErrors errors, Network network) {
        model.addAttribute("errors", errors.asMap());
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(model, form, network);
    }

    private String form(Model model, NetworkForm form, Network network) {
        model.addAttribute("form", form);
        model.addAttribute("leavingFees", MembershipRules.LeavingFee.values());
        model.addAttribute("unansweredSeatRules", MembershipRules.UnansweredSeats.values());
        model.addAttribute("network", network);
        model.addAttribute("targetGroups", TargetGroup.values());
        model.addAttribute("sectionKinds", SectionKind.values());
        model.addAttribute("nextStatuses", network == null ? List.of()
                : java.util.Arrays.stream(NetworkStatus.values()).filter(network.status()::canMoveTo).toList());
        return "network/admin-form";
    }

    private static NetworkForm read(HttpServletRequest request) {
        Map<SectionKind, String> sections = new EnumMap<>(SectionKind.class);
        for (SectionKind kind : SectionKind.values()) {
            sections.put(kind, value(request, "section_" + kind.name()));
        }
        List<NetworkContact> contacts = new ArrayList<>();
        for (int row = 0; row < NetworkForm.CONTACT_ROWS; row++) {
            contacts.add(new NetworkContact(value(request, "contactName" + row), value(request, "contactTitle" + row),
                    value(request, "contactEmail" + row), value(request, "contactPhone" + row)));
        }
        return new NetworkForm(value(request, "title"), value(request, "slug"), value(request, "theme"),
                value(request, "targetGroup"), value(request, "firstYear"), value(request, "lastYear"),
                value(request, "feeKronor"), value(request, "vatPercent"), value(request, "seatsPerOrganisation"),
                value(request, "totalCapacity"), value(request, "registrationDeadline"),
                request.getParameter("admitsMunicipalities") != null, request.getParameter("admitsRegions") != null,
                value(request, "feeIncludes"), value(request, "summary"), sections, contacts,
                new MembershipForm(value(request, "leavingFee"), value(request, "unansweredSeats"),
                        value(request, "renewalOpensOn"), value(request, "renewalAnswerDays"),
                        value(request, "renewalReminderDays")),
                request.getParameter("asksPhase") != null);
    }

    private static NetworkStatus parseStatus(String value) {
        for (NetworkStatus status : NetworkStatus.values()) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        return null;
    }
}
