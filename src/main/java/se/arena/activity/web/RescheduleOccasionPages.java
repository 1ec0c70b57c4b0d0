package se.arena.activity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arena.activity.Activity;
import se.arena.activity.ActivityCatalogue;
import se.arena.activity.Occasion;
import se.arena.activity.SignUps;
import se.arena.identity.SignedInUser;
import se.arena.web.FormErrors;

import static se.arena.web.FormValues.value;

/** Staff move an occasion to a new time; everyone signed up is told, with an updated calendar event. */
@Controller
class RescheduleOccasionPages {

    private final ActivityCatalogue catalogue;
    private final SignUps signUps;

    RescheduleOccasionPages(ActivityCatalogue catalogue, SignUps signUps) {
        this.catalogue = catalogue;
        this.signUps = signUps;
    }

    @GetMapping("/admin/aktiviteter/{activityId}/tillfallen/{occasionId}/tid")
    String form(@PathVariable long activityId, @PathVariable long occasionId, Model model) {
        Activity activity = activity(activityId);
        Occasion occasion = occasion(activity, occasionId);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new OccasionForm(occasion.date().toString(), occasion.startTime().toString(),
                    occasion.endTime().toString(), ""));
        }
        model.addAttribute("activity", activity);
        model.addAttribute("occasion", occasion);
        return "activity/reschedule";
    }

    @PostMapping("/admin/aktiviteter/{activityId}/tillfallen/{occasionId}/tid")
    String reschedule(@PathVariable long activityId, @PathVariable long occasionId, HttpServletRequest request,
                      HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Activity activity = activity(activityId);
        Occasion occasion = occasion(activity, occasionId);
        OccasionForm form = new OccasionForm(value(request, "movedDate"), value(request, "movedStart"), value(request, "movedEnd"), "");
        FormErrors errors = new FormErrors();
        form.validate(errors, "moved");
        if (errors.isEmpty() && !signUps.reschedule(activity, occasion, form.startsAt(), form.endsAt(), SignedInUser.actor(request))) {
            errors.add("movedDate", "Tillfället har redan börjat eller är inställt och kan inte flyttas.");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("form", form);
            model.addAttribute("errors", errors.asMap());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(activityId, occasionId, model);
        }
        redirect.addFlashAttribute("message", "Tiden är ändrad. Alla anmälda har fått ett mejl, de med plats med en uppdaterad kalenderinbjudan.");
        return "redirect:/admin/aktiviteter/" + activityId;
    }

    private Activity activity(long id) {
        return catalogue.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Occasion occasion(Activity activity, long occasionId) {
        return catalogue.findOccasion(activity, occasionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
