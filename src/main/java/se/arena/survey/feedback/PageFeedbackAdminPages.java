package se.arena.survey.feedback;

import java.util.List;

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
import org.springframework.web.util.UriComponentsBuilder;

import se.arena.Paged;
import se.arena.identity.SignedInUser;
import se.arena.web.ExportTable;
import se.arena.web.TableExport;

/** Staff's view of the page feedback ("Sidfeedback"): per page the votes, then a page's comments. */
@Controller
class PageFeedbackAdminPages {

    private static final int PAGE_SIZE = 50;
    private static final int COMMENTS_PER_PAGE = 20;

    private final PageFeedbacks feedback;
    private final TableExport export;

    PageFeedbackAdminPages(PageFeedbacks feedback, TableExport export) {
        this.feedback = feedback;
        this.export = export;
    }

    @GetMapping("/admin/sidfeedback")
    String list(@RequestParam(name = "fran", required = false) String from,
                @RequestParam(name = "till", required = false) String to,
                @RequestParam(name = "q", required = false) String query,
                @RequestParam(name = "sida", required = false) String page,
                Model model) {
        FeedbackFilter filter = FeedbackFilter.of(from, to, query, feedback.today());
        model.addAttribute("filter", filter);
        model.addAttribute("errors", filter.errors());
        model.addAttribute("result", feedback.summaries(filter, Paged.pageNumber(page), PAGE_SIZE));
        return "survey/feedback-list";
    }

    @GetMapping("/admin/sidfeedback/export")
    ResponseEntity<byte[]> export(@RequestParam(name = "fran", required = false) String from,
                                  @RequestParam(name = "till", required = false) String to,
                                  @RequestParam(name = "q", required = false) String query,
                                  @RequestParam(name = "format", required = false) String format) {
        FeedbackFilter filter = FeedbackFilter.of(from, to, query, feedback.today());
        List<List<String>> rows = feedback.allSummaries(filter).stream()
                .map(summary -> List.of(summary.page(), Long.toString(summary.votes()), Long.toString(summary.yes()),
                        Long.toString(summary.no()), summary.yesShare(), Long.toString(summary.openComments())))
                .toList();
        return export.download(new ExportTable("sidfeedback-" + filter.from() + "-" + filter.to(),
                List.of("Sida", "Svar", "Ja", "Nej", "Andel ja", "Obehandlade kommentarer"), rows), format);
    }

    @GetMapping("/admin/sidfeedback/kommentarer")
    String comments(@RequestParam(name = "adress", required = false) String address,
                    @RequestParam(name = "visa", required = false) String show,
                    @RequestParam(name = "sida", required = false) String page,
                    Model model) {
        if (address == null || address.isBlank()) {
            return "redirect:/admin/sidfeedback";
        }
        PageKey key = PageKey.of(address).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean withHandled = "hanterade".equals(show);
        model.addAttribute("page", key.path());
        model.addAttribute("withHandled", withHandled);
        model.addAttribute("summary", feedback.summary(key));
        model.addAttribute("result", feedback.comments(key, withHandled, Paged.pageNumber(page), COMMENTS_PER_PAGE));
        return "survey/feedback-comments";
    }

    @PostMapping("/admin/sidfeedback/kommentarer/{id}/hanterad")
    String markHandled(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        String page = feedback.markHandled(id, SignedInUser.actor(request))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        redirect.addFlashAttribute("notice", "Kommentaren är markerad som hanterad.");
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/sidfeedback/kommentarer").queryParam("adress", page)
                .build().encode().toUriString();
    }
}
