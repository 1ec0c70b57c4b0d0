package se.arena.identity.internal;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.arena.identity.RateLimits;
import se.arena.identity.SignedInUser;
import se.arena.identity.internal.SignInService.StepResult;
import se.arena.web.FormErrors;

/** Sign-in by e-mail link for coordinators and participants, and by password and code for staff. */
@Controller
class SignInPages {

    static final String THROTTLED_MESSAGE = "För många misslyckade inloggningsförsök. Försök igen om en stund, "
            + "eller logga in i en webbläsare där du har loggat in förut.";
    private static final Duration LIMIT_PERIOD = Duration.ofMinutes(15);

    private final SignInService signIn;
    private final SignInSessions sessions;
    private final RateLimits rateLimits;
    private final SecurityProperties properties;

    SignInPages(SignInService signIn, SignInSessions sessions, RateLimits rateLimits, SecurityProperties properties) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.rateLimits = rateLimits;
        this.properties = properties;
    }

    @GetMapping("/logga-in")
    String signInPage(Model model) {
        model.addAttribute("email", "");
        return "identity/sign-in";
    }

    @PostMapping("/logga-in")
    String requestLink(@RequestParam(name = "email", defaultValue = "") String email, HttpServletRequest request,
                       HttpServletResponse response, Model model) {
        model.addAttribute("email", email);
        if (!FormErrors.isEmail(email)) {
            model.addAttribute("errors", new FormErrors()
                    .add("email", "Skriv en e-postadress, till exempel namn@kommun.se.").asMap());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "identity/sign-in";
        }
        if (!rateLimits.tryAcquire("sign-in-link:ip:" + request.getRemoteAddr(), properties.linkRequestsPerAddress(), LIMIT_PERIOD)
                || !rateLimits.tryAcquire("sign-in-link:email:" + AccountRepository.normaliseEmail(email), 3, LIMIT_PERIOD)) {
            model.addAttribute("errors", new FormErrors().add("email",
                    "Du har bett om många länkar på kort tid. Vänta en kvart och försök igen, eller använd den senaste länken du fått.").asMap());
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return "identity/sign-in";
        }
        signIn.requestSignInLink(email);
        return "redirect:/logga-in/skickat";
    }

    @GetMapping("/logga-in/skickat")
    String linkSent() {
        return "identity/link-sent";
    }

    /** Shows a button rather than signing in: mail scanners open links, and GET never changes state. */
    @GetMapping("/logga-in/lank/{token}")
    String confirmLink(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("usable", signIn.isSignInLinkUsable(token));
        return "identity/confirm-link";
    }

    @PostMapping("/logga-in/lank/{token}")
    String useLink(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<SignedInUser> user = signIn.signInWithLink(token, request.getRemoteAddr());
        if (user.isEmpty()) {
            model.addAttribute("token", token);
            model.addAttribute("usable", false);
            response.setStatus(HttpStatus.GONE.value());
            return "identity/confirm-link";
        }
        sessions.establish(user.get(), request, response);
        return "redirect:/mina-sidor";
    }

    @GetMapping("/logga-in/personal")
    String staffSignInPage(Model model) {
        model.addAttribute("email", "");
        return "identity/staff-sign-in";
    }

    @PostMapping("/logga-in/personal")
    String checkPassword(@RequestParam(name = "email", defaultValue = "") String email,
                         @RequestParam(name = "password", defaultValue = "") String password,
                         HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("email", email);
        FormErrors overlong = FormErrors.checking(new PasswordSignInForm(email, password));
        if (!overlong.isEmpty()) {
            model.addAttribute("errors", overlong.asMap());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "identity/staff-sign-in";
        }
        StepResult result = signIn.checkPassword(email, password, SignInClient.of(request));
        return switch (result.outcome()) {
            case PASSED -> {
                sessions.startPending(result.accountId(), PendingSignIn.Stage.SECOND_FACTOR, request, response);
                yield "redirect:/logga-in/personal/kod";
            }
            case THROTTLED -> throttled(model, response);
            case REJECTED -> refuse(model, response, HttpStatus.UNAUTHORIZED, "password",
                    "Fel e-postadress eller lösenord.", "identity/staff-sign-in");
        };
    }

    @GetMapping("/logga-in/personal/kod")
    String secondFactorPage(HttpServletRequest request) {
        return sessions.pending(request, PendingSignIn.Stage.SECOND_FACTOR).isPresent()
                ? "identity/second-factor"
                : "redirect:/logga-in/personal?tidenGickUt";
    }

    @PostMapping("/logga-in/personal/kod")
    String checkSecondFactor(@RequestParam(name = "code", defaultValue = "") String code, HttpServletRequest request,
                             HttpServletResponse response, Model model) {
        Optional<PendingSignIn> pending = sessions.pending(request, PendingSignIn.Stage.SECOND_FACTOR);
        if (pending.isEmpty()) {
            return "redirect:/logga-in/personal?tidenGickUt";
        }
        StepResult result = signIn.checkSecondFactor(pending.get().accountId(), code, SignInClient.of(request));
        return switch (result.outcome()) {
            case PASSED -> {
                sessions.establishWithSecondFactor(signIn.signedInUser(result.accountId()), request, response);
                yield "redirect:/admin";
            }
            case THROTTLED -> {
                sessions.clearPending(request);
                model.addAttribute("email", "");
                yield throttled(model, response);
            }
            case REJECTED -> refuse(model, response, HttpStatus.UNAUTHORIZED, "code",
                    "Koden stämmer inte. Skriv den sexsiffriga koden som appen visar just nu, eller en av dina reservkoder.",
                    "identity/second-factor");
        };
    }

    private static String refuse(Model model, HttpServletResponse response, HttpStatus status, String field,
                                 String message, String view) {
        model.addAttribute("errors", new FormErrors().add(field, message).asMap());
        response.setStatus(status.value());
        return view;
    }

    /**
     * One answer for every throttle key and for both steps, so it tells nothing about whether
     * the address has an account or which limit was reached.
     */
    private static String throttled(Model model, HttpServletResponse response) {
        return refuse(model, response, HttpStatus.TOO_MANY_REQUESTS, "password", THROTTLED_MESSAGE, "identity/staff-sign-in");
    }
}
