package se.arena.notification;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Every module's pages answer an expired or revoked personal link with the same page: 410 and a way to a new link. */
@ControllerAdvice
class ExpiredLinkAdvice {

    @ExceptionHandler(ExpiredLinkException.class)
    ModelAndView expired(ExpiredLinkException expired) {
        ModelAndView page = new ModelAndView("notification/link-expired", HttpStatus.GONE);
        page.addObject("expiredToken", expired.token());
        page.addObject("renewable", expired.renewable());
        return page;
    }
}
