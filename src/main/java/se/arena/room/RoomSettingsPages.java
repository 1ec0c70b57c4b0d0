package se.arena.room;

import java.util.Optional;

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

/**
 * What e-mail a member gets from a room: chosen on the room's settings page, or turned off
 * from any of the room's mails with its personal link, without signing in. The link's GET only
 * asks, so that a mail scanner that follows links turns nothing off.
 */
@Controller
class RoomSettingsPages {

    private final RoomAccess access;
    private final RoomMail mail;

    RoomSettingsPages(RoomAccess access, RoomMail mail) {
        this.access = access;
        this.mail = mail;
    }

    @GetMapping("/rum/{roomId:\\d{1,18}}/installningar")
    String settings(@PathVariable("roomId") long networkId, Model model) {
        RoomMember member = enter(networkId, model);
        model.addAttribute("choice", mail.choiceOf(member));
        return "room/settings";
    }

    @PostMapping("/rum/{roomId:\\d{1,18}}/installningar")
    String choose(@PathVariable("roomId") long networkId, @RequestParam(name = "choice", defaultValue = "") String choice, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        RoomMember member = enter(networkId, model);
        NotificationChoice chosen = NotificationChoice.parse(choice);
        if (chosen == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("choice", mail.choiceOf(member));
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
        RoomMember member = access.enter(networkId);
        model.addAttribute("member", member);
        model.addAttribute("network", member.network());
        model.addAttribute("section", "settings");
        model.addAttribute("choices", NotificationChoice.values());
        return member;
    }

    private static Network found(Optional<Network> network) {
        return network.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
