package se.arena.survey.feedback;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import se.arena.web.FormErrors;

/**
 * The answer to "Hjälpte informationen på sidan dig?" as plain forms, so that it works without
 * JavaScript. The question at the foot of a page is a GET form, which needs no CSRF token and so
 * starts no session for a visitor who only reads: Ja or Nej opens a small page with the answer
 * and, after a no, "Vad saknade du?", and only its POST stores the answer, so that a crawler
 * following the form counts nothing. Then back to the page (post, redirect, get), which thanks.
 */
@Controller
class PageFeedbackPages {

    private final PageFeedbacks feedback;

    PageFeedbackPages(PageFeedbacks feedback) {
        this.feedback = feedback;
    }

    @GetMapping("/sidfeedback")
    String answer(@RequestParam(name = "adress", required = false) String address,
                  @RequestParam(name = "svar", required = false) String answer, HttpServletRequest request, Model model) {
        PageKey page = publicPage(address);
        AnswerForm form = new AnswerForm(answer, "");
        if (!form.isAnswer() || SessionVotes.hasAnswered(request, page)) {
            return backTo(page);
        }
        return show(page, form, new FormErrors(), model);
    }

    @PostMapping("/sidfeedback")
    String send(@RequestParam(name = "adress", required = false) String address, AnswerForm form,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        PageKey page = publicPage(address);
        if (!form.isAnswer()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        if (SessionVotes.hasAnswered(request, page)) {
            // a second answer from the same browser session (or the same form sent twice) is not counted
            return backTo(page);
        }
        FormErrors errors = form.validate();
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(page, form, errors, model);
        }
        if (!feedback.mayVote(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("page", page.path());
            return "survey/feedback-limited";
        }
        feedback.answer(page, form);
        SessionVotes.remember(request, page);
        return backTo(page);
    }

    private static String show(PageKey page, AnswerForm form, FormErrors errors, Model model) {
        model.addAttribute("page", page.path());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors.asMap());
        return "survey/feedback-answer";
    }

    private static PageKey publicPage(String address) {
        return PageKey.of(address).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    }

    /** Back to the spot on the page where the question was, which now thanks for the answer. */
    private static String backTo(PageKey page) {
        return "redirect:" + page.path() + "#sidfeedback";
    }
}
