package se.arena.activity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

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

import se.arena.activity.Activity;
import se.arena.activity.ActivityCatalogue;
import se.arena.activity.Attendance;
import se.arena.activity.Occasion;
import se.arena.activity.Participation;
import se.arena.identity.SignedInUser;
import se.arena.network.NetworkAdministration;
import se.arena.web.ExportTable;
import se.arena.web.TableExport;

import static se.arena.web.FormValues.orEmpty;

/**
 * Attendance: the printable list of who is coming to an occasion, with their needs, ticked off
 * as people arrive; and how each network and organisation takes part over time.
 */
@Controller
class AttendancePages {

    private final ActivityCatalogue catalogue;
    private final Attendance attendance;
    private final NetworkAdministration networks;
    private final TableExport export;
    private final Clock clock;

    AttendancePages(ActivityCatalogue catalogue, Attendance attendance, NetworkAdministration networks, TableExport export,
                    Clock clock) {
        this.catalogue = catalogue;
        this.attendance = attendance;
        this.networks = networks;
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/admin/aktiviteter/{activityId}/tillfallen/{occasionId}/deltagare")
    String attendees(@PathVariable long activityId, @PathVariable long occasionId, Model model) {
        Activity activity = activity(activityId);
        Occasion occasion = occasion(activity, occasionId);
        model.addAttribute("activity", activity);
        model.addAttribute("occasion", occasion);
        model.addAttribute("attendees", attendance.attendees(occasion));
        return "activity/attendees";
    }

    @GetMapping("/admin/aktiviteter/{activityId}/tillfallen/{occasionId}/deltagare/export")
    ResponseEntity<byte[]> exportAttendees(@PathVariable long activityId, @PathVariable long occasionId,
                                           @RequestParam(name = "format", defaultValue = "csv") String format) {
        Activity activity = activity(activityId);
        Occasion occasion = occasion(activity, occasionId);
        List<List<String>> rows = attendance.attendees(occasion).stream().map(attendee -> List.of(
                attendee.signUp().name(), orEmpty(attendee.signUp().title()), attendee.organisation(),
                orEmpty(attendee.signUp().dietaryNeeds()), orEmpty(attendee.signUp().accessibilityNeeds()),
                attendee.signUp().attended() == null ? "" : attendee.signUp().attended() ? "Ja" : "Nej")).toList();
        return export.download(new ExportTable("deltagare-" + occasion.date(), List.of("Namn", "Titel", "Organisation",
                "Kost", "Tillgänglighet", "Deltog"), rows), format);
    }

    /** Every box ticked attended; everyone else on the list did not. */
    @PostMapping("/admin/aktiviteter/{activityId}/tillfallen/{occasionId}/deltagare")
    String recordAttendance(@PathVariable long activityId, @PathVariable long occasionId, HttpServletRequest request,
                            RedirectAttributes redirect) {
        Activity activity = activity(activityId);
        Occasion occasion = occasion(activity, occasionId);
        String[] ticked = request.getParameterValues("attended");
        Set<Long> onTheList = attendance.attendees(occasion).stream().map(attendee -> attendee.signUp().id()).collect(Collectors.toSet());
        List<Long> attended = new ArrayList<>();
        for (String id : ticked == null ? new String[0] : ticked) {
            if (id.matches("\\d{1,18}") && onTheList.contains(Long.valueOf(id))) {
                attended.add(Long.valueOf(id));
            }
        }
        attendance.record(activity, occasion, attended, SignedInUser.actor(request));
        redirect.addFlashAttribute("message", "Närvaron är sparad: " + attended.size() + " av " + onTheList.size() + " deltog.");
        return "redirect:/admin/aktiviteter/" + activityId + "/tillfallen/" + occasionId + "/deltagare";
    }

    @GetMapping("/admin/aktiviteter/statistik")
    String statistics(@RequestParam(name = "natverk", required = false) String network,
                      @RequestParam(name = "ar", required = false) String year, Model model) {
        Long networkId = id(network);
        Integer chosenYear = year(year);
        model.addAttribute("networks", networks.list(null, null));
        model.addAttribute("network", networkId);
        model.addAttribute("year", chosenYear);
        model.addAttribute("years", years());
        model.addAttribute("byNetwork", attendance.byNetwork(networkId, chosenYear));
        model.addAttribute("byOrganisation", attendance.byOrganisation(networkId, chosenYear));
        return "activity/statistics";
    }

    @GetMapping("/admin/aktiviteter/statistik/export")
    ResponseEntity<byte[]> exportStatistics(@RequestParam(name = "natverk", required = false) String network,
                                            @RequestParam(name = "ar", required = false) String year,
                                            @RequestParam(name = "format", defaultValue = "csv") String format) {
        List<List<String>> rows = new ArrayList<>();
        attendance.byNetwork(id(network), year(year)).forEach(row -> rows.add(statisticsRow("Nätverk", row)));
        attendance.byOrganisation(id(network), year(year)).forEach(row -> rows.add(statisticsRow("Organisation", row)));
        return export.download(new ExportTable("deltagande", List.of("Per", "Namn", "Aktiviteter", "Platser", "Deltog",
                "Närvaro ej registrerad"), rows), format);
    }

    private static List<String> statisticsRow(String per, Participation row) {
        return List.of(per, row.groupName(), Integer.toString(row.activities()), Integer.toString(row.signedUp()),
                Integer.toString(row.attended()), Integer.toString(row.unmarked()));
    }

    /** The years a staff member can pick, from the first seed network's to next year. */
    private List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        for (int year = LocalDate.now(clock).getYear() + 1; year >= 2009; year--) {
            years.add(year);
        }
        return years;
    }

    private Activity activity(long id) {
        return catalogue.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Occasion occasion(Activity activity, long occasionId) {
        return catalogue.findOccasion(activity, occasionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Long id(String value) {
        return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }

    private static Integer year(String value) {
        return value != null && value.matches("(19|20|21)\\d\\d") ? Integer.valueOf(value) : null;
    }
}
