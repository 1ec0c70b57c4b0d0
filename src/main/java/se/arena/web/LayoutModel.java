package se.arena.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page, whichever module's controller rendered it. */
@ControllerAdvice
class LayoutModel {

    /** Lets the navigation mark the section the visitor is in with aria-current. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
