package se.arena.activity.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arena.activity.Activity;
import se.arena.activity.ActivityAdministration;
import se.arena.activity.ActivityCatalogue;
import se.arena.activity.ActivityDocument;
import se.arena.activity.ActivityDocuments;
import se.arena.activity.ActivityKind;
import se.arena.activity.ActivityStatus;
import se.arena.activity.Attendance;
import se.arena.activity.Occasion;
import se.arena.activity.OccasionDemand;
import se.arena.activity.SignUp;
import se.arena.activity.SignUpStatus;
import se.arena.activity.SignUps;
import se.arena.identity.SignedInUser;
import se.arena.network.Network;
import se.arena.network.NetworkAdministration;
import se.arena.registration.SeatHolders;
import se.arena.web.ExportTable;
import se.arena.web.FormErrors;
import se.arena.web.SwedishTime;
import se.arena.web.TableExport;

import static se.arena.web.FormValues.orEmpty;
import static se.arena.web.FormValues.value;

/**
 * Staff manage activities at /admin/aktiviteter: create and edit them, publish or cancel them,
 * follow the demand per occasion, add a date, change capacity, move people between dates.
 */
@Controller
class ActivityAdminPages {

    private final ActivityCatalogue catalogue;
    private final ActivityAdministration administration;
    private final SignUps signUps;
    private final Attendance attendance;
    private final NetworkAdministration networks;
    private final SeatHolders seatHolders;
    private final TableExport export;
    private final ActivityDocuments documents;

    ActivityAdminPages(ActivityCatalogue catalogue, ActivityAdministration administration, SignUps signUps,
                       Attendance attendance, NetworkAdministration networks, SeatHolders seatHolders, TableExport export,
                       ActivityDocuments documents) {
        this.documents = documents;
        this.catalogue = catalogue;
        this.administration = administration;
        this.signUps = signUps;
        this.attendance = attendance;
        this.networks = networks;
        this.seatHolders = seatHolders;
        this.export = export;
    }

    /** How a network's people take part in a (shared) activity. */
    public record NetworkTurnout(Network network, int seatHolders, long confirmed, long waitlisted) {
    }

    @GetMapping("/admin/aktiviteter")
    String list(@RequestParam(name = "q", required = false) String text,
                @RequestParam(name = "status", required = false) String status,
                @RequestParam(name = "typ", required = false) String kind, Model model) {
        model.addAttribute("query", text == null ? "" : text);
        model.addAttribute("status", ActivityStatus.parse(status));
        model.addAttribute("kind", ActivityKind.parse(kind));
        model.addAttribute("statuses", ActivityStatus.values());
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("activities", catalogue.listForStaff(text, ActivityStatus.parse(status), ActivityKind.parse(kind)));
        return "activity/admin-list";
    }

    @GetMapping("/admin/aktiviteter/export")
    ResponseEntity<byte[]> exportList(@RequestParam(name = "q", required = false) String text,
                                      @RequestParam(name = "status", required = false) String status,
                                      @RequestParam(name = "typ", required = false) String kind,
                                      @RequestParam(name = "format", defaultValue = "csv") String format) {
        Map<Long, Network> all = allNetworks();
        List<List<String>> rows = catalogue.listForStaff(text, ActivityStatus.parse(status), ActivityKind.parse(kind)).stream()
                .map(scheduled -> List.of(scheduled.activity().title(), scheduled.activity().kind().label(),
                        scheduled.activity().format().label(), scheduled.activity().status().label(),
                        scheduled.occasions().stream().map(Occasion::label).collect(Collectors.joining("; ")),
                        scheduled.activity().openToPublic() ? "Öppen för alla" : scheduled.activity().networkIds().stream()
                                .map(id -> all.containsKey(id) ? all.get(id).title() : id.toString()).collect(Collectors.joining("; "))))
                .toList();
        return export.download(new ExportTable("aktiviteter", List.of("Namn", "Typ", "Form", "Status", "Tillfällen", "Nätverk"),
                rows), format);
    }

    @GetMapping("/admin/aktiviteter/ny")
    String newActivity(Model model) {
        return form(model, ActivityForm.empty(), null);
    }

    @PostMapping("/admin/aktiviteter/ny")
    String create(HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        ActivityForm form = read(request, true);
        FormErrors errors = form.validate(allNetworks().keySet());
        if (!errors.isEmpty()) {
            return invalid(model, response, form, errors, null);
        }
        long id = administration.create(form.toActivity(0, ActivityStatus.DRAFT, false), form.firstOccasion().startsAt(),
                form.firstOccasion().endsAt(), form.firstOccasion().places(), SignedInUser.actor(request));
        redirect.addFlashAttribute("message", "Aktiviteten är sparad som utkast. Publicera den när den är klar.");
        return "redirect:/admin/aktiviteter/" + id;
    }

    @GetMapping("/admin/aktiviteter/{activityId}")
    String overview(@PathVariable long activityId, @RequestParam(name = "q", required = false) String text,
                    @RequestParam(name = "status", required = false) String status, Model model) {
        Activity activity = find(activityId);
        List<SignUp> all = signUps.allOf(activity);
        Map<Long, Network> known = allNetworks();
        List<NetworkTurnout> turnout = activity.networkIds().stream().filter(known::containsKey)
                .map(id -> new NetworkTurnout(known.get(id), seatHolders.holdersOf(id).size(),
                        all.stream().filter(signUp -> id.equals(signUp.networkId()) && signUp.status() == SignUpStatus.CONFIRMED).count(),
                        all.stream().filter(signUp -> id.equals(signUp.networkId()) && signUp.status() == SignUpStatus.WAITLISTED).count()))
                .toList();
        List<OccasionDemand> demand = catalogue.demand(activity);
        model.addAttribute("activity", activity);
        model.addAttribute("demand", demand);
        model.addAttribute("occasions", demand.stream().map(OccasionDemand::occasion)
                .collect(Collectors.toMap(Occasion::id, Function.identity())));
        model.addAttribute("turnout", turnout);
        model.addAttribute("networks", known);
        model.addAttribute("signUps", attendance.withOrganisations(filter(all, text, SignUpStatus.parse(status))));
        model.addAttribute("query", text == null ? "" : text);
        model.addAttribute("status", SignUpStatus.parse(status));
        model.addAttribute("statuses", SignUpStatus.values());
        model.addAttribute("documents", documents.allOf(activity));
        model.addAttribute("allowedKinds", ActivityDocuments.allowedKinds());
        model.addAttribute("nextStatuses", java.util.Arrays.stream(ActivityStatus.values()).filter(activity.status()::canMoveTo).toList());
        if (!model.containsAttribute("occasionForm")) {
            model.addAttribute("occasionForm", OccasionForm.empty());
        }
        return "activity/admin-activity";
    }

    @GetMapping("/admin/aktiviteter/{activityId}/export")
    ResponseEntity<byte[]> exportSignUps(@PathVariable long activityId, @RequestParam(name = "q", required = false) String text,
                                         @RequestParam(name = "status", required = false) String status,
                                         @RequestParam(name = "format", defaultValue = "csv") String format) {
        Activity activity = find(activityId);
        Map<Long, Occasion> occasions = catalogue.occasions(activity).stream().collect(Collectors.toMap(Occasion::id, Function.identity()));
        Map<Long, Network> known = allNetworks();
        List<List<String>> rows = attendance.withOrganisations(filter(signUps.allOf(activity), text, SignUpStatus.parse(status)))
                .stream().map(attendee -> List.of(attendee.signUp().name(), orEmpty(attendee.signUp().title()),
                        attendee.signUp().email(), attendee.organisation(),
                        attendee.signUp().networkId() == null || !known.containsKey(attendee.signUp().networkId()) ? ""
                                : known.get(attendee.signUp().networkId()).title(),
                        occasions.get(attendee.signUp().occasionId()).label(), attendee.signUp().status().label(),
                        orEmpty(attendee.signUp().dietaryNeeds()), orEmpty(attendee.signUp().accessibilityNeeds()),
                        SwedishTime.iso(attendee.signUp().createdAt())))
                .toList();
        return export.download(new ExportTable("anmalningar-aktivitet-" + activityId, List.of("Namn", "Titel", "E-post",
                "Organisation", "Nätverk", "Tillfälle", "Status", "Kost", "Tillgänglighet", "Anmäld"), rows), format);
    }

    @GetMapping("/admin/aktiviteter/{activityId}/redigera")
    String edit(@PathVariable long activityId, Model model) {
        Activity activity = find(activityId);
        return form(model, ActivityForm.of(activity), activity);
    }

    @PostMapping("/admin/aktiviteter/{activityId}/redigera")
    String update(@PathVariable long activityId, HttpServletRequest request, HttpServletResponse response, Model model,
                  RedirectAttributes redirect) {
        Activity activity = find(activityId);
        ActivityForm form = read(request, false);
        FormErrors errors = form.validate(allNetworks().keySet());
        if (!errors.isEmpty()) {
            return invalid(model, response, form, errors, activity);
        }
        administration.update(activityId, form.toActivity(activityId, activity.status(), activity.demo()), SignedInUser.actor(request));
        redirect.addFlashAttribute("message", "Ändringarna är sparade.");
        return "redirect:/admin/aktiviteter/" + activityId;
    }

    @PostMapping("/admin/aktiviteter/{activityId}/status")
    String moveStatus(@PathVariable long activityId, @RequestParam(name = "fran", defaultValue = "") String from,
                      @RequestParam(name = "till", defaultValue = "") String to, HttpServletRequest request,
                      RedirectAttributes redirect) {
        Activity activity = find(activityId);
        ActivityStatus fromStatus = ActivityStatus.parse(from);
        ActivityStatus toStatus = ActivityStatus.parse(to);
        boolean moved = fromStatus != null && toStatus != null
                && administration.moveStatus(activity, fromStatus, toStatus, SignedInUser.actor(request));
        redirect.addFlashAttribute("message", moved
                ? "Aktiviteten har nu status: " + toStatus.label() + "."
                : "Statusen kunde inte ändras. Någon kan ha ändrat aktiviteten samtidigt; kontrollera statusen och försök igen.");
        return "redirect:/admin/aktiviteter/" + activityId;
    }

    @PostMapping("/admin/aktiviteter/{activityId}/tillfallen")
    String addOccasion(@PathVariable long activityId, HttpServletRequest request, HttpServletResponse response, Model model,
                       RedirectAttributes redirect) {
        Activity activity = find(activityId);
        OccasionForm form = new OccasionForm(value(request, "newDate"), value(request, "newStart"), value(request, "newEnd"),
                value(request, "newCapacity"));
        FormErrors errors = new FormErrors();
        form.validate(errors, "new");
        if (!errors.isEmpty()) {
            model.addAttribute("occasionForm", form);
            model.addAttribute("errors", errors.asMap());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return overview(activityId, null, null, model);
        }
        signUps.addOccasion(activity, form.startsAt(), form.endsAt(), form.places(), SignedInUser.actor(request));
        redirect.addFlashAttribute("message", "Det nya datumet är tillagt och syns på aktivitetens sida.");
        return "redirect:/admin/aktiviteter/" + activityId;
    }

    @PostMapping("/admin/aktiviteter/{activityId}/tillfallen/{occasionId}/platser")
    String changeCapacity(@PathVariable long activityId, @PathVariable long occasionId,
                          @RequestParam(name = "capacity", defaultValue = "") String capacity, HttpServletRequest request,
                          RedirectAttributes redirect) {
        Activity activity = find(activityId);
        Occasion occasion = occasion(activity, occasionId);
        String typed = capacity.strip();
        if (!typed.isEmpty() && !typed.matches("[1-9]\\d{0,5}")) {
            redirect.addFlashAttribute("message", "Skriv antalet platser för " + occasion.label()
                    + " som ett heltal från 1, eller lämna tomt för ingen gräns.");
        } else if (signUps.changeCapacity(activity, occasion, typed.isEmpty() ? null : Integer.valueOf(typed), SignedInUser.actor(request))) {
            redirect.addFlashAttribute("message", "Antalet platser för " + occasion.label()
                    + " är ändrat. Lediga platser har gått till väntelistan i tur och ordning.");
        } else {
            redirect.addFlashAttribute("message", "Fler har redan en plats " + occasion.label()
                    + " än det nya antalet. Flytta eller avboka någon först.");
        }
        return "redirect:/admin/aktiviteter/" + activityId;
    }

    @PostMapping("/admin/aktiviteter/{activityId}/tillfallen/{occasionId}/stall-in")
    String cancelOccasion(@PathVariable long activityId, @PathVariable long occasionId, HttpServletRequest request,
                          RedirectAttributes redirect) {
        Activity activity = find(activityId);
        Occasion occasion = occasion(activity, occasionId);
        signUps.cancelOccasion(activity, occasion, SignedInUser.actor(request));
        redirect.addFlashAttribute("message", occasion.label() + " är inställt. De anmälda har fått ett mejl.");
        return "redirect:/admin/aktiviteter/" + activityId;
    }

    @PostMapping("/admin/aktiviteter/{activityId}/anmalningar/{signUpId}/flytta")
    String move(@PathVariable long activityId, @PathVariable long signUpId,
                @RequestParam(name = "till", defaultValue = "") String target, HttpServletRequest request,
                RedirectAttributes redirect) {
        Activity activity = find(activityId);
        SignUp signUp = signUp(activity, signUpId);
        Occasion to = target.matches("\\d{1,18}") ? catalogue.findOccasion(activity, Long.parseLong(target)).orElse(null) : null;
        boolean moved = to != null && signUps.move(activity, signUp, to, SignedInUser.actor(request));
        redirect.addFlashAttribute("message", moved
                ? signUp.name() + " har flyttats till " + to.label() + " och fått ett mejl."
                : "Det gick inte att flytta " + signUp.name() + ": välj ett annat kommande datum som har lediga platser.");
        return "redirect:/admin/aktiviteter/" + activityId;
    }

    @PostMapping("/admin/aktiviteter/{activityId}/dokument")
    String attach(@PathVariable long activityId, @RequestParam(name = "file", required = false) MultipartFile file,
                  HttpServletRequest request, RedirectAttributes redirect) throws java.io.IOException {
        Activity activity = find(activityId);
        if (file == null || file.isEmpty() || !ActivityDocuments.accepts(file.getOriginalFilename(), file.getSize())) {
            redirect.addFlashAttribute("documentError", "Välj en fil att bifoga: " + ActivityDocuments.allowedKinds() + ".");
            return "redirect:/admin/aktiviteter/" + activityId + "#dokument";
        }
        documents.attach(activity, file.getOriginalFilename(), file.getBytes(), SignedInUser.actor(request));
        redirect.addFlashAttribute("message", "Dokumentet är bifogat och syns för aktivitetens deltagare.");
        return "redirect:/admin/aktiviteter/" + activityId + "#dokument";
    }

    @PostMapping("/admin/aktiviteter/{activityId}/dokument/{documentId}/ta-bort")
    String withdraw(@PathVariable long activityId, @PathVariable long documentId, HttpServletRequest request,
                    RedirectAttributes redirect) {
        Activity activity = find(activityId);
        ActivityDocument document = documents.find(activity, documentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        documents.withdraw(activity, document, SignedInUser.actor(request));
        redirect.addFlashAttribute("message", document.fileName() + " syns inte längre för deltagarna. Filen finns kvar i arkivet.");
        return "redirect:/admin/aktiviteter/" + activityId + "#dokument";
    }

    @PostMapping("/admin/aktiviteter/{activityId}/anmalningar/{signUpId}/avboka")
    String cancel(@PathVariable long activityId, @PathVariable long signUpId, HttpServletRequest request,
                  RedirectAttributes redirect) {
        Activity activity = find(activityId);
        SignUp signUp = signUp(activity, signUpId);
        redirect.addFlashAttribute("message", signUps.cancelByStaff(activity, signUp, SignedInUser.actor(request))
                ? signUp.name() + " är avbokad. En frigjord plats har gått till väntelistan."
                : signUp.name() + " kunde inte avbokas: anmälan är redan avslutad eller så har tillfället börjat.");
        return "redirect:/admin/aktiviteter/" + activityId;
    }

    /** Stops the person's personal links, e.g. one forwarded by mistake; they can ask for a new one to their own address. */
    @PostMapping("/admin/aktiviteter/{activityId}/anmalningar/{signUpId}/sparra-lank")
    String revokeLink(@PathVariable long activityId, @PathVariable long signUpId, HttpServletRequest request,
                      RedirectAttributes redirect) {
        Activity activity = find(activityId);
        SignUp signUp = signUp(activity, signUpId);
        signUps.revokeLinks(activity, signUp, SignedInUser.actor(request));
        redirect.addFlashAttribute("message", "Den personliga länken för " + signUp.name()
                + " är spärrad. Hen kan be om en ny, som skickas till hens egen e-postadress.");
        return "redirect:/admin/aktiviteter/" + activityId;
    }

    private String invalid(Model model, HttpServletResponse response, ActivityForm form, FormErrors errors, Activity activity) {
        model.addAttribute("errors", errors.asMap());
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(model, form, activity);
    }

    private String form(Model model, ActivityForm form, Activity activity) {
        model.addAttribute("form", form);
        model.addAttribute("activity", activity);
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("formats", se.arena.activity.ActivityFormat.values());
        model.addAttribute("networks", allNetworks().values());
        return "activity/admin-form";
    }

    private Map<Long, Network> allNetworks() {
        return networks.list(null, null).stream()
                .collect(Collectors.toMap(Network::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private Activity find(long id) {
        return catalogue.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Occasion occasion(Activity activity, long occasionId) {
        return catalogue.findOccasion(activity, occasionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private SignUp signUp(Activity activity, long signUpId) {
        return signUps.find(signUpId).filter(found -> found.activityId() == activity.id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static List<SignUp> filter(List<SignUp> all, String text, SignUpStatus status) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.forLanguageTag("sv-SE"));
        return all.stream()
                .filter(signUp -> status == null || signUp.status() == status)
                .filter(signUp -> needle.isEmpty() || (signUp.name() + " " + signUp.email() + " " + orEmpty(signUp.organisationName()))
                        .toLowerCase(Locale.forLanguageTag("sv-SE")).contains(needle))
                .toList();
    }

    private static ActivityForm read(HttpServletRequest request, boolean withFirstOccasion) {
        List<ActivityForm.Row> programme = new ArrayList<>();
        // the form shows at least PROGRAMME_ROWS lines, more when the programme is longer
        for (int row = 0; row < ActivityForm.MAX_PROGRAMME_ROWS && request.getParameter("programmeTitle" + row) != null; row++) {
            programme.add(new ActivityForm.Row(value(request, "programmeStart" + row), value(request, "programmeEnd" + row),
                    value(request, "programmeTitle" + row), value(request, "programmeSpeaker" + row)));
        }
        String[] chosen = request.getParameterValues("networkIds");
        Set<String> networkIds = chosen == null ? Set.of() : new HashSet<>(List.of(chosen));
        return new ActivityForm(value(request, "kind"), value(request, "title"), value(request, "description"),
                value(request, "format"), value(request, "venue"), value(request, "streetAddress"), value(request, "city"),
                value(request, "meetingLink"), request.getParameter("openToPublic") != null, networkIds,
                value(request, "included"), value(request, "paidByParticipants"), value(request, "extraCostKronor"),
                value(request, "invitationDue"), programme,
                withFirstOccasion ? new OccasionForm(value(request, "firstDate"), value(request, "firstStart"),
                        value(request, "firstEnd"), value(request, "firstCapacity")) : null);
    }
}
