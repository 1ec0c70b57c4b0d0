package se.arena.activity.web;

import java.util.List;
import java.util.Optional;

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

import se.arena.SecretTokens;
import se.arena.activity.Activity;
import se.arena.activity.ActivityCatalogue;
import se.arena.activity.Occasion;
import se.arena.activity.Question;
import se.arena.activity.QuestionStatus;
import se.arena.activity.Questions;
import se.arena.activity.SignUp;
import se.arena.activity.SignUps;
import se.arena.identity.SignedInUser;
import se.arena.web.ExportTable;
import se.arena.web.FormErrors;
import se.arena.web.SwedishTime;
import se.arena.web.TableExport;

import static se.arena.web.FormValues.value;

/**
 * Questions to the speaker: participants ask (signed in, or through their personal link), staff
 * and the speaker (through a link of their own) mark them answered or hide them. Nobody without a
 * confirmed place sees a question.
 */
@Controller
class QuestionPages {

    private final ActivityCatalogue catalogue;
    private final SignUps signUps;
    private final Questions questions;
    private final TableExport export;

    QuestionPages(ActivityCatalogue catalogue, SignUps signUps, Questions questions, TableExport export) {
        this.catalogue = catalogue;
        this.signUps = signUps;
        this.questions = questions;
        this.export = export;
    }

    @GetMapping({"/aktiviteter/{activity:\\d{1,18}}/fragor", "/aktiviteter/min-anmalan/{token}/fragor"})
    String questions(@PathVariable(required = false) Long activity, @PathVariable(required = false) String token,
                     Model model, HttpServletResponse response) {
        Optional<Participant> participant = participant(activity, token);
        if (participant.isEmpty()) {
            return notAParticipant(activity, model, response);
        }
        return page(participant.get(), model);
    }

    @PostMapping({"/aktiviteter/{activity:\\d{1,18}}/fragor", "/aktiviteter/min-anmalan/{token}/fragor"})
    String ask(@PathVariable(required = false) Long activity, @PathVariable(required = false) String token,
               HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Optional<Participant> found = participant(activity, token);
        if (found.isEmpty()) {
            return notAParticipant(activity, model, response);
        }
        Participant participant = found.get();
        QuestionForm form = new QuestionForm(value(request, "question"), value(request, "submissionKey"));
        String question = form.question();
        FormErrors errors = form.validate();
        if (errors.isEmpty() && !questions.ask(participant.signUp(), participant.occasion(), question, form.submissionKey())) {
            errors.add("question", "Tiden för frågor har gått ut. Kontakta gärna arrangören om du har fler frågor.");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors.asMap());
            model.addAttribute("question", question);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(participant, model);
        }
        redirect.addFlashAttribute("message", "Tack! Din fråga är skickad till föredragshållaren.");
        return "redirect:" + participant.path();
    }

    /** The speaker's own page, reached through the link staff gave them. */
    @GetMapping("/aktiviteter/talare/{token}")
    String speaker(@PathVariable String token, Model model) {
        Activity activity = speakersActivity(token);
        return moderation(activity, "/aktiviteter/talare/" + token, false, model);
    }

    @PostMapping("/aktiviteter/talare/{token}")
    String speakerMarks(@PathVariable String token, @RequestParam(name = "question", defaultValue = "") String question,
                        @RequestParam(name = "status", defaultValue = "") String status, RedirectAttributes redirect) {
        Activity activity = speakersActivity(token);
        mark(activity, question, status, "Föredragshållaren", redirect);
        return "redirect:/aktiviteter/talare/" + token;
    }

    @GetMapping("/admin/aktiviteter/{activityId}/fragor")
    String staff(@PathVariable long activityId, Model model) {
        return moderation(staffActivity(activityId), "/admin/aktiviteter/" + activityId + "/fragor", true, model);
    }

    /** The questions as staff see them, hidden ones too; the speaker's link gives no download. */
    @GetMapping("/admin/aktiviteter/{activityId}/fragor/export")
    ResponseEntity<byte[]> export(@PathVariable long activityId, @RequestParam(name = "format", defaultValue = "csv") String format) {
        List<List<String>> rows = questions.forModeration(staffActivity(activityId)).stream()
                .map(question -> List.of(question.question(), question.askedBy(), SwedishTime.iso(question.createdAt()),
                        question.status().label()))
                .toList();
        return export.download(new ExportTable("fragor-aktivitet-" + activityId, List.of("Fråga", "Från", "Ställd", "Status"), rows),
                format);
    }

    @PostMapping("/admin/aktiviteter/{activityId}/fragor")
    String staffMarks(@PathVariable long activityId, @RequestParam(name = "question", defaultValue = "") String question,
                      @RequestParam(name = "status", defaultValue = "") String status, HttpServletRequest request,
                      RedirectAttributes redirect) {
        mark(staffActivity(activityId), question, status, SignedInUser.actor(request).label(), redirect);
        return "redirect:/admin/aktiviteter/" + activityId + "/fragor";
    }

    /** A new link for the speaker, shown once: only its digest is stored. */
    @PostMapping("/admin/aktiviteter/{activityId}/fragor/talarlank")
    String speakerLink(@PathVariable long activityId, HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("speakerLink", questions.newSpeakerLink(staffActivity(activityId), SignedInUser.actor(request)));
        return "redirect:/admin/aktiviteter/" + activityId + "/fragor";
    }

    @PostMapping("/admin/aktiviteter/{activityId}/fragor/talarlank/sparra")
    String revokeSpeakerLink(@PathVariable long activityId, HttpServletRequest request, RedirectAttributes redirect) {
        questions.revokeSpeakerLink(staffActivity(activityId), SignedInUser.actor(request));
        redirect.addFlashAttribute("message", "Föredragshållarens länk är spärrad. Skapa en ny om hen behöver en.");
        return "redirect:/admin/aktiviteter/" + activityId + "/fragor";
    }

    private void mark(Activity activity, String question, String status, String handledBy, RedirectAttributes redirect) {
        QuestionStatus chosen = QuestionStatus.parse(status);
        boolean marked = chosen != null && question.matches("\\d{1,18}")
                && questions.mark(activity, Long.parseLong(question), chosen, handledBy);
        redirect.addFlashAttribute("message", marked ? "Frågan är markerad som " + chosen.label().toLowerCase() + "."
                : "Frågan kunde inte ändras. Ladda om sidan och försök igen.");
    }

    /** @param byStaff whether staff moderate, rather than the speaker through their link */
    private String moderation(Activity activity, String path, boolean byStaff, Model model) {
        model.addAttribute("activity", activity);
        model.addAttribute("byStaff", byStaff);
        model.addAttribute("questions", questions.forModeration(activity));
        model.addAttribute("path", path);
        model.addAttribute("statuses", QuestionStatus.values());
        model.addAttribute("speakerHasLink", questions.hasSpeakerLink(activity));
        return "activity/question-moderation";
    }

    private String page(Participant participant, Model model) {
        model.addAttribute("activity", participant.activity());
        model.addAttribute("questions", questions.forParticipants(participant.activity()));
        model.addAttribute("open", questions.acceptsFrom(participant.signUp(), participant.occasion()));
        model.addAttribute("path", participant.path());
        // a fresh key even for a refused form: the refused one asked nothing
        String typed = model.containsAttribute("question") ? (String) model.getAttribute("question") : "";
        model.addAttribute("form", new QuestionForm(typed, SecretTokens.newToken()));
        return "activity/questions";
    }

    private String notAParticipant(Long activity, Model model, HttpServletResponse response) {
        if (activity != null && SignedInUser.current().isEmpty()) {
            return "redirect:/logga-in";
        }
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("activityId", activity);
        return "activity/questions-closed";
    }

    /** A person with a confirmed place, and where their question page is. */
    private record Participant(Activity activity, SignUp signUp, Occasion occasion, String path) {
    }

    private Optional<Participant> participant(Long activityId, String token) {
        Optional<SignUp> signUp;
        Activity activity;
        String path;
        if (token != null) {
            signUp = signUps.findByManageToken(token);
            if (signUp.isEmpty()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            activity = catalogue.find(signUp.get().activityId()).orElseThrow();
            path = "/aktiviteter/min-anmalan/" + token + "/fragor";
        } else {
            activity = catalogue.findPublic(activityId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            signUp = SignedInUser.current().flatMap(user -> signUps.activeOf(activity, user.email()));
            path = "/aktiviteter/" + activityId + "/fragor";
        }
        return signUp.filter(SignUp::isConfirmed)
                .map(confirmed -> new Participant(activity, confirmed,
                        catalogue.findOccasion(activity, confirmed.occasionId()).orElseThrow(), path));
    }

    private Activity speakersActivity(String token) {
        return questions.activityOfSpeaker(token).flatMap(catalogue::find)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Activity staffActivity(long id) {
        return catalogue.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
