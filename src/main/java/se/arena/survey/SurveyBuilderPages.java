package se.arena.survey;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

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
import se.arena.SecretTokens;
import se.arena.identity.SignedInUser;
import se.arena.web.ExportTable;
import se.arena.web.FormErrors;
import se.arena.web.SwedishTime;
import se.arena.web.TableExport;

/**
 * Staff's surveys ("Enkäter"): the list, a new survey, the builder of a draft with its sections
 * and questions, the preview as a respondent sees it, a copy, and opening and closing.
 */
@Controller
class SurveyBuilderPages {

    private static final int PAGE_SIZE = 50;
    private static final String ID = "\\d{1,18}";

    private final SurveyBuilder builder;
    private final TableExport export;

    SurveyBuilderPages(SurveyBuilder builder, TableExport export) {
        this.builder = builder;
        this.export = export;
    }

    @GetMapping("/admin/enkater")
    String list(@RequestParam(name = "status", required = false) String status, @RequestParam(name = "sida", required = false) String page,
                Model model) {
        Survey.Status filter = status(status);
        model.addAttribute("status", filter);
        model.addAttribute("statuses", Survey.Status.values());
        model.addAttribute("result", builder.search(filter, Paged.pageNumber(page), PAGE_SIZE));
        return "survey/list";
    }

    @GetMapping("/admin/enkater/export")
    ResponseEntity<byte[]> export(@RequestParam(name = "status", required = false) String status,
                                  @RequestParam(name = "format", required = false) String format) {
        List<List<String>> rows = builder.all(status(status)).stream()
                .map(survey -> List.of(Long.toString(survey.id()), survey.title(), survey.audience().label(),
                        survey.target() == null ? "" : survey.target(), survey.status().label(), SwedishTime.iso(survey.closesAt()),
                        Integer.toString(survey.questionCount()), survey.createdBy(), SwedishTime.iso(survey.createdAt())))
                .toList();
        return export.download(new ExportTable("enkater",
                List.of("Id", "Rubrik", "Svar", "Nätverk eller aktivitet", "Status", "Stänger", "Antal frågor", "Skapad av", "Skapad"),
                rows), format);
    }

    @GetMapping("/admin/enkater/ny")
    String create(Model model) {
        return createPage(SurveyForm.empty(SecretTokens.newToken()), model);
    }

    @GetMapping("/admin/enkater/{surveyId}/uppgifter")
    String details(@PathVariable String surveyId, Model model) {
        SurveyContent content = existing(surveyId);
        model.addAttribute("survey", content.survey());
        return createPage(SurveyForm.of(content.survey(), SecretTokens.newToken()), model);
    }

    @PostMapping("/admin/enkater/{surveyId}/uppgifter")
    String changeDetails(@PathVariable String surveyId, HttpServletRequest request, HttpServletResponse response, Model model,
                         RedirectAttributes redirect) {
        SurveyContent content = existing(surveyId);
        SurveyForm form = surveyForm(request);
        FormErrors errors = builder.changeDetails(content, form);
        if (!errors.isEmpty()) {
            model.addAttribute("survey", content.survey());
            return refused(errors, response, model, () -> createPage(form, model));
        }
        return done(Optional.empty(), "Uppgifterna är sparade.", content, redirect);
    }

    @PostMapping("/admin/enkater/ny")
    String create(HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        SurveyForm form = surveyForm(request);
        SurveyBuilder.Creation creation = builder.create(form, SignedInUser.actor(request));
        if (creation.id() == null) {
            return refused(creation.errors(), response, model, () -> createPage(form, model));
        }
        redirect.addFlashAttribute("message", "Enkäten är skapad som utkast. Lägg till avsnitt och frågor.");
        return "redirect:/admin/enkater/" + creation.id();
    }

    @GetMapping("/admin/enkater/{surveyId}")
    String survey(@PathVariable String surveyId, Model model) {
        SurveyContent content = existing(surveyId);
        return builderPage(content, new SectionForm("", SecretTokens.newToken()), model);
    }

    @PostMapping("/admin/enkater/{surveyId}/avsnitt")
    String addSection(@PathVariable String surveyId, HttpServletRequest request, HttpServletResponse response, Model model,
                      RedirectAttributes redirect) {
        SurveyContent content = existing(surveyId);
        SectionForm form = new SectionForm(value(request, "sectionTitle"), value(request, "submissionKey"));
        FormErrors errors = form.validate();
        if (!errors.isEmpty()) {
            return refused(errors, response, model, () -> builderPage(content, form, model));
        }
        return done(builder.addSection(content, form), "Avsnittet är tillagt.", content, redirect);
    }

    @PostMapping("/admin/enkater/{surveyId}/avsnitt/{sectionId}/ta-bort")
    String removeSection(@PathVariable String surveyId, @PathVariable String sectionId, RedirectAttributes redirect) {
        SurveyContent content = existing(surveyId);
        return done(builder.removeSection(content, section(content, sectionId).id()), "Avsnittet och dess frågor är borttagna.", content,
                redirect);
    }

    @PostMapping("/admin/enkater/{surveyId}/avsnitt/{sectionId}/flytta")
    String moveSection(@PathVariable String surveyId, @PathVariable String sectionId,
                       @RequestParam(name = "riktning", defaultValue = "") String direction, RedirectAttributes redirect) {
        SurveyContent content = existing(surveyId);
        return done(builder.moveSection(content, section(content, sectionId).id(), up(direction)), "Avsnittet är flyttat.", content,
                redirect);
    }

    @GetMapping("/admin/enkater/{surveyId}/fragor/ny")
    String newQuestion(@PathVariable String surveyId, @RequestParam(name = "avsnitt", required = false) String sectionId, Model model,
                       RedirectAttributes redirect) {
        SurveyContent content = existing(surveyId);
        if (content.sections().isEmpty()) {
            return done(Optional.of("Lägg till ett avsnitt först; frågorna hör till ett avsnitt."), "", content, redirect);
        }
        // without a section named, the question goes last in the last section
        Section section = sectionId == null ? content.sections().getLast() : section(content, sectionId);
        return questionPage(content, null, QuestionForm.empty(section.id(), SecretTokens.newToken()), model);
    }

    @PostMapping("/admin/enkater/{surveyId}/fragor/ny")
    String addQuestion(@PathVariable String surveyId, HttpServletRequest request, HttpServletResponse response, Model model,
                       RedirectAttributes redirect) {
        SurveyContent content = existing(surveyId);
        QuestionForm form = questionForm(request, value(request, "submissionKey"));
        if (form.submissionKey().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return saveQuestion(content, null, form, response, model, redirect, "Frågan är tillagd.");
    }

    @GetMapping("/admin/enkater/{surveyId}/fragor/{questionId}")
    String question(@PathVariable String surveyId, @PathVariable String questionId, Model model) {
        SurveyContent content = existing(surveyId);
        Question question = question(content, questionId);
        return questionPage(content, question, QuestionForm.of(question), model);
    }

    @PostMapping("/admin/enkater/{surveyId}/fragor/{questionId}")
    String editQuestion(@PathVariable String surveyId, @PathVariable String questionId, HttpServletRequest request,
                        HttpServletResponse response, Model model, RedirectAttributes redirect) {
        SurveyContent content = existing(surveyId);
        Question question = question(content, questionId);
        return saveQuestion(content, question, questionForm(request, ""), response, model, redirect, "Frågan är ändrad.");
    }

    @PostMapping("/admin/enkater/{surveyId}/fragor/{questionId}/ta-bort")
    String removeQuestion(@PathVariable String surveyId, @PathVariable String questionId, RedirectAttributes redirect) {
        SurveyContent content = existing(surveyId);
        return done(builder.removeQuestion(content, question(content, questionId).id()), "Frågan är borttagen.", content, redirect);
    }

    @PostMapping("/admin/enkater/{surveyId}/fragor/{questionId}/flytta")
    String moveQuestion(@PathVariable String surveyId, @PathVariable String questionId,
                        @RequestParam(name = "riktning", defaultValue = "") String direction, RedirectAttributes redirect) {
        SurveyContent content = existing(surveyId);
        return done(builder.moveQuestion(content, question(content, questionId).id(), up(direction)), "Frågan är flyttad.", content,
                redirect);
    }

    @GetMapping("/admin/enkater/{surveyId}/forhandsgranska")
    String preview(@PathVariable String surveyId, Model model) {
        model.addAttribute("built", existing(surveyId));
        return "survey/preview";
    }

    @PostMapping("/admin/enkater/{surveyId}/kopiera")
    String duplicate(@PathVariable String surveyId, @RequestParam(name = "submissionKey", defaultValue = "") String submissionKey,
                     HttpServletRequest request, RedirectAttributes redirect) {
        SurveyContent content = existing(surveyId);
        if (!submissionKey.matches("[A-Za-z0-9_-]{20,64}")) {
            redirect.addFlashAttribute("message", "Formuläret är för gammalt. Ladda om sidan och försök igen.");
            return "redirect:/admin/enkater/" + content.survey().id();
        }
        long copy = builder.duplicate(content, submissionKey, SignedInUser.actor(request));
        redirect.addFlashAttribute("message", "Enkäten är kopierad. Det här är kopian, ett utkast.");
        return "redirect:/admin/enkater/" + copy;
    }

    @PostMapping("/admin/enkater/{surveyId}/oppna")
    String open(@PathVariable String surveyId, HttpServletRequest request, RedirectAttributes redirect) {
        SurveyContent content = existing(surveyId);
        return done(builder.open(content, SignedInUser.actor(request)), "Enkäten är öppnad för svar.", content, redirect);
    }

    @PostMapping("/admin/enkater/{surveyId}/stang")
    String close(@PathVariable String surveyId, HttpServletRequest request, RedirectAttributes redirect) {
        SurveyContent content = existing(surveyId);
        return done(builder.close(content, SignedInUser.actor(request)), "Enkäten är stängd.", content, redirect);
    }

    private String saveQuestion(SurveyContent content, Question question, QuestionForm form, HttpServletResponse response, Model model,
                                RedirectAttributes redirect, String success) {
        FormErrors errors = builder.saveQuestion(content, question == null ? null : question.id(), form);
        if (!errors.isEmpty()) {
            return refused(errors, response, model, () -> questionPage(content, question, form, model));
        }
        redirect.addFlashAttribute("message", success);
        return "redirect:/admin/enkater/" + content.survey().id();
    }

    private String createPage(SurveyForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("audiences", Survey.Audience.values());
        model.addAttribute("targets", builder.targets());
        return "survey/new";
    }

    private String builderPage(SurveyContent content, SectionForm form, Model model) {
        model.addAttribute("built", content);
        model.addAttribute("form", form);
        model.addAttribute("copyKey", SecretTokens.newToken());
        return "survey/builder";
    }

    /** The question form with the options a condition may name: those of the choice questions before it. */
    private String questionPage(SurveyContent content, Question question, QuestionForm form, Model model) {
        long sectionId = question != null ? question.sectionId() : form.section().matches(ID) ? Long.parseLong(form.section()) : 0;
        model.addAttribute("built", content);
        model.addAttribute("question", question);
        model.addAttribute("form", form);
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("conditionSources", content.before(sectionId, question == null ? null : question.id()).stream()
                .filter(earlier -> earlier.kind().isChoice()).toList());
        return "survey/question";
    }

    private static String refused(FormErrors errors, HttpServletResponse response, Model model, Supplier<String> page) {
        model.addAttribute("errors", errors.asMap());
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page.get();
    }

    private static String done(Optional<String> refusal, String success, SurveyContent content, RedirectAttributes redirect) {
        redirect.addFlashAttribute(refusal.isPresent() ? "refusal" : "message", refusal.orElse(success));
        return "redirect:/admin/enkater/" + content.survey().id();
    }

    private static SurveyForm surveyForm(HttpServletRequest request) {
        return new SurveyForm(value(request, "title"), value(request, "intro"), value(request, "audience"), value(request, "target"),
                value(request, "closesOn"), value(request, "submissionKey"));
    }

    private static QuestionForm questionForm(HttpServletRequest request, String submissionKey) {
        return new QuestionForm(value(request, "section"), value(request, "kind"), value(request, "text"), value(request, "help"),
                value(request, "required"), value(request, "dontKnow"), value(request, "scaleLow"), value(request, "scaleHigh"),
                value(request, "numberMin"), value(request, "numberMax"), value(request, "options"), value(request, "condition"),
                submissionKey);
    }

    private SurveyContent existing(String id) {
        return Optional.of(id).filter(value -> value.matches(ID)).flatMap(value -> builder.content(Long.parseLong(value)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A section of this survey: an id of another survey's section is not found. */
    private static Section section(SurveyContent content, String id) {
        return content.sections().stream().filter(section -> Long.toString(section.id()).equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Question question(SurveyContent content, String id) {
        return content.questions().stream().filter(question -> Long.toString(question.id()).equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static boolean up(String direction) {
        return switch (direction) {
            case "upp" -> true;
            case "ned" -> false;
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        };
    }

    private static Survey.Status status(String value) {
        for (Survey.Status status : Survey.Status.values()) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        return null;
    }

    private static String value(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }
}
