package se.arena.room;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arena.network.Network;
import se.arena.web.FormErrors;

import static se.arena.web.FormValues.value;

/**
 * A member's settings in a room: what the people page shows of them, and what e-mail they get
 * from the room, chosen on the room's settings page or turned off
 * from any of the room's mails with its personal link, without signing in. The link's GET only
 * asks, so that a mail scanner that follows links turns nothing off.
 */
@Controller
class RoomSettingsPages {

    private final RoomAccess access;
    private final RoomMail mail;
    private final RoomDirectory directory;

    RoomSettingsPages(RoomAccess access, RoomMail mail, RoomDirectory directory) {
        this.access = access;
        this.mail = mail;
        this.directory = directory;
    }

    @GetMapping("/rum/{roomId:\\d{1,18}}/installningar")
    String settings(@PathVariable("roomId") long networkId, Model model) {
        RoomMember member = enter(networkId, model);
        model.addAttribute("choice", mail.choiceOf(member));
        model.addAttribute("form", directory.formOf(member));
        return "room/settings";
    }

    /** Nothing is shown until the member ticks it: an unticked box sends nothing, which means no. */
    @PostMapping("/rum/{roomId:\\d{1,18}}/installningar/personer")
    String chooseShown(@PathVariable("roomId") long networkId, HttpServletRequest request, HttpServletResponse response, Model model,
                       RedirectAttributes redirect) {
        RoomMember member = enter(networkId, model);
        DirectoryForm form = new DirectoryForm(ticked(request, "showEmail"), ticked(request, "showPhone"), value(request, "phone"));
        FormErrors errors = form.validate();
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("errors", errors.asMap());
            model.addAttribute("choice", mail.choiceOf(member));
            model.addAttribute("form", form);
            return "room/settings";
        }
        directory.choose(member, form.choice());
        redirect.addFlashAttribute("message", "Ditt val för sidan Personer är sparat.");
        return "redirect:/rum/" + networkId + "/installningar";
    }

    @PostMapping("/rum/{roomId:\\d{1,18}}/installningar")
    String choose(@PathVariable("roomId") long networkId, @RequestParam(name = "choice", defaultValue = "") String choice, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        RoomMember member = enter(networkId, model);
        NotificationChoice chosen = NotificationChoice.parse(choice);
        if (chosen == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("choice", mail.choiceOf(member));
            model.addAttribute("form", directory.formOf(member));
            model.addAttribute("error", "Välj vilka e-postmeddelanden du vill få.");
            return "room/settings";
        }
        mail.choose(member, chosen);
        redirect.addFlashAttribute("message", "Ditt val är sparat: " + chosen.label().toLowerCase() + ".");
        return "redirect:/rum/" + networkId + "/installningar";
    }

    @GetMapping("/rum/avsluta-bevakning/{token}")
    String confirmUnsubscribe(@PathVariable String token, Model model) {
        model.addAttribute("network", found(mail.unsubscribeTarget(token)));
        model.addAttribute("token", token);
        return "room/unsubscribe";
    }

    @PostMapping("/rum/avsluta-bevakning/{token}")
    String unsubscribe(@PathVariable String token, Model model) {
        model.addAttribute("network", found(mail.unsubscribe(token)));
        model.addAttribute("done", true);
        return "room/unsubscribe";
    }

    private RoomMember enter(long networkId, Model model) {
        RoomMember member = access.enterPage(networkId, model, "settings");
        model.addAttribute("choices", NotificationChoice.values());
        return member;
    }

    private static boolean ticked(HttpServletRequest request, String name) {
        return "ja".equals(request.getParameter(name));
    }

    private static Network found(Optional<Network> network) {
        return network.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
