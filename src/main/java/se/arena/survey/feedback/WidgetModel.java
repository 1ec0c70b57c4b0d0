package se.arena.survey.feedback;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Decides per request whether the page asks "Hjälpte informationen på sidan dig?": only a public
 * page read with GET, never a form's answer to a POST or an error page, and never a staff,
 * coordinator or participant page (see {@link PageKey}).
 */
@ControllerAdvice
class WidgetModel {

    @ModelAttribute("pageFeedback")
    Widget pageFeedback(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getDispatcherType() != DispatcherType.REQUEST) {
            return null;
        }
        return PageKey.of(request.getRequestURI())
                .map(page -> new Widget(page.path(), SessionVotes.hasAnswered(request, page)))
                .orElse(null);
    }
}
