package se.arena.room;

import java.util.List;

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

import se.arena.Paged;
import se.arena.identity.ParticipantAccounts;
import se.arena.identity.SignedInUser;
import se.arena.organisation.OrganisationType;
import se.arena.web.ExportTable;
import se.arena.web.FormErrors;
import se.arena.web.TableExport;

import static se.arena.web.FormValues.orEmpty;
import static se.arena.web.FormValues.value;

/**
 * The room's people page ("Personer"): who is in the room, filtered by county, kind of
 * organisation and a search; staff also invite and remove speakers there and download the list.
 */
@Controller
class RoomPeoplePages {

    private final RoomAccess access;
    private final RoomDirectory directory;
    private final Rooms rooms;
    private final ParticipantAccounts accounts;
    private final TableExport export;

    RoomPeoplePages(RoomAccess access, RoomDirectory directory, Rooms rooms, ParticipantAccounts accounts, TableExport export) {
        this.access = access;
        this.directory = directory;
        this.rooms = rooms;
        this.accounts = accounts;
        this.export = export;
    }

    @GetMapping("/rum/{roomId:\\d{1,18}}/personer")
    String people(@PathVariable("roomId") long networkId,
                  @RequestParam(name = "lan", required = false) String county,
                  @RequestParam(name = "typ", required = false) String type,
                  @RequestParam(name = "q", required = false) String query,
                  @RequestParam(name = "sida", required = false) String page,
                  Model model) {
        RoomMember member = access.enterPage(networkId, model, "people");
        return peoplePage(member, DirectoryFilter.of(county, type, query), Paged.pageNumber(page), new SpeakerForm("", ""), model);
    }

    /** Staff's download of the list with the same filters, with every address: staff have them anyway. */
    @GetMapping("/rum/{roomId:\\d{1,18}}/personer/export")
    ResponseEntity<byte[]> export(@PathVariable("roomId") long networkId,
                                  @RequestParam(name = "lan", required = false) String county,
                                  @RequestParam(name = "typ", required = false) String type,
                                  @RequestParam(name = "q", required = false) String query,
                                  @RequestParam(name = "format", required = false) String format) {
        RoomMember member = staff(networkId);
        List<List<String>> rows = directory.all(member, DirectoryFilter.of(county, type, query)).stream()
                .map(entry -> List.of(entry.person().name(), orEmpty(entry.person().title()), entry.person().organisation(),
                        entry.person().county() == null ? "" : entry.person().county().name(),
                        entry.person().organisationType() == null ? "" : entry.person().organisationType().label(),
                        orEmpty(entry.email()), orEmpty(entry.phone()), entry.person().speaker() ? "Talare" : "Deltagare"))
                .toList();
        return export.download(new ExportTable("personer-" + member.network().slug(),
                List.of("Namn", "Titel", "Organisation", "Län", "Typ", "E-post", "Telefon", "Roll i rummet"), rows), format);
    }

    @PostMapping("/rum/{roomId:\\d{1,18}}/talare")
    String inviteSpeaker(@PathVariable("roomId") long networkId, HttpServletRequest request, HttpServletResponse response, Model model,
                         RedirectAttributes redirect) {
        RoomMember member = access.enterPage(networkId, model, "people");
        requireStaff(member);
        SpeakerForm form = new SpeakerForm(value(request, "name"), value(request, "email"));
        FormErrors errors = form.validate();
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("errors", errors.asMap());
            return peoplePage(member, DirectoryFilter.of(null, null, null), 1, form, model);
        }
        boolean invited = rooms.inviteSpeaker(member, form.email(), form.name(), SignedInUser.actor(request));
        if (invited) {
            // after the invitation is committed, so that a clash over the account never undoes it
            accounts.ensureFor(form.email().strip(), form.name().strip());
        }
        redirect.addFlashAttribute("message", invited ? "Talaren är inbjuden och har fått ett e-postmeddelande."
                : "Den e-postadressen är redan inbjuden.");
        return "redirect:/rum/" + networkId + "/personer";
    }

    /** The speaker's next request is told the room does not exist; the account stays, as it may serve elsewhere. */
    @PostMapping("/rum/{roomId:\\d{1,18}}/talare/ta-bort")
    String removeSpeaker(@PathVariable("roomId") long networkId, @RequestParam(name = "email", defaultValue = "") String email,
                         HttpServletRequest request, Model model, RedirectAttributes redirect) {
        RoomMember member = access.enterPage(networkId, model, "people");
        requireStaff(member);
        boolean removed = FormErrors.isEmail(email) && rooms.removeSpeaker(member, email, SignedInUser.actor(request));
        redirect.addFlashAttribute("message", removed ? "Talaren är borttagen och kommer inte längre in i rummet."
                : "Talaren fanns inte längre i rummet.");
        return "redirect:/rum/" + networkId + "/personer";
    }

    private String peoplePage(RoomMember member, DirectoryFilter filter, int page, SpeakerForm form, Model model) {
        model.addAttribute("people", directory.people(member, filter, page));
        model.addAttribute("filter", filter);
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("form", form);
        return "room/people";
    }

    private RoomMember staff(long networkId) {
        RoomMember member = access.enter(networkId);
        requireStaff(member);
        return member;
    }

    /** Members who are not staff know the room, so they are told "forbidden" rather than "not found". */
    private static void requireStaff(RoomMember member) {
        if (!member.isStaff()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
