package se.arena.room;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.arena.Paged;
import se.arena.web.FormErrors;

/** The room's search page ("Sök"): threads, posts and whatever else {@link RoomSearch} has sources for. */
@Controller
class RoomSearchPages {

    private final RoomAccess access;
    private final RoomSearch search;

    RoomSearchPages(RoomAccess access, RoomSearch search) {
        this.access = access;
        this.search = search;
    }

    /** @param shown how many hits to show, grown by "Visa fler" */
    @GetMapping("/rum/{roomId:\\d{1,18}}/sok")
    String search(@PathVariable("roomId") long networkId, @RequestParam(name = "q", required = false) String query,
                  @RequestParam(name = "antal", required = false) String shown, HttpServletResponse response, Model model) {
        RoomMember member = access.enterPage(networkId, model, "search");
        SearchForm form = SearchForm.of(query);
        model.addAttribute("form", form);
        FormErrors errors = form.validate();
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("errors", errors.asMap());
        } else if (!form.isEmpty()) {
            RoomSearch.Results results = search.search(member, form.q(), Paged.pageNumber(shown));
            model.addAttribute("results", results);
            boolean mayShowMore = results.more() && results.hits().size() < RoomSearch.MAX_SHOWN;
            model.addAttribute("showMore", mayShowMore ? results.hits().size() + RoomSearch.PAGE_SIZE : null);
        }
        return "room/search";
    }
}
