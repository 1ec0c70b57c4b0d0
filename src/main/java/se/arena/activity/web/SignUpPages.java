package se.arena.activity.web;

import java.time.Clock;
import java.time.Instant;
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
import se.arena.activity.ActivityDocuments;
import se.arena.activity.AlreadySignedUpException;
import se.arena.activity.Attendance;
import se.arena.activity.Eligibility;
import se.arena.activity.NewSignUp;
import se.arena.activity.Occasion;
import se.arena.activity.OccasionDemand;
import se.arena.activity.SignUp;
import se.arena.activity.SignUpResult;
import se.arena.activity.SignUps;
import se.arena.identity.RateLimits;
import se.arena.identity.SignedInUser;
import se.arena.organisation.OrganisationDirectory;
import se.arena.web.FormErrors;

import static se.arena.web.FormValues.value;

/**
 * Signing up for an activity: the form (a date to choose, and the basic details when the activity
 * is open to all), the receipt, and the personal page behind the e-mailed link where the person
 * sees the meeting link and can cancel.
 */
@Controller
class SignUpPages {

    private final ActivityCatalogue catalogue;
    private final SignUps signUps;
    private final Eligibility eligibility;
    private final Attendance attendance;
    private final OrganisationDirectory organisations;
    private final ActivityDocuments documents;
    private final RateLimits rateLimits;
    private final SignUpLimits limits;
    private final Clock clock;

    SignUpPages(ActivityCatalogue catalogue, SignUps signUps, Eligibility eligibility, Attendance attendance,
                OrganisationDirectory organisations, ActivityDocuments documents, RateLimits rateLimits, SignUpLimits limits,
                Clock clock) {
        this.rateLimits = rateLimits;
        this.limits = limits;
        this.documents = documents;
        this.catalogue = catalogue;
        this.signUps = signUps;
        this.eligibility = eligibility;
        this.attendance = attendance;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** With ?tillfalle=… (from a date on the activity page) that date is chosen. */
    @GetMapping("/aktiviteter/{activity:\\d{1,18}}/anmalan")
    String form(@PathVariable long activity, @RequestParam(name = "tillfalle", required = false) String occasion, Model model) {
        Activity shown = activity(activity);
        Optional<SignedInUser> user = SignedInUser.current();
        if (user.flatMap(person -> signUps.activeOf(shown, person.email())).isPresent()) {
            return "redirect:/aktiviteter/" + activity;
        }
        List<OccasionDemand> open = openOccasions(shown);
        String chosen = occasion != null && occasion.matches("\\d{1,18}") ? occasion
                : open.size() == 1 ? Long.toString(open.getFirst().occasion().id()) : "";
        SignUpForm form = SignUpForm.empty(chosen, SecretTokens.newToken());
        if (user.isPresent()) {
            form = new SignUpForm(chosen, user.get().displayName(), "", "", "", user.get().email(), "", "", "", false,
                    form.submissionKey());
        }
        model.addAttribute("form", form);
        return page(model, shown, eligibility.of(shown, user));
    }

    @PostMapping("/aktiviteter/{activity:\\d{1,18}}/anmalan")
    String signUp(@PathVariable long activity, HttpServletRequest request, HttpServletResponse response, Model model,
                  RedirectAttributes redirect) {
        Activity shown = activity(activity);
        Eligibility.Entitlement entitlement = eligibility.of(shown, SignedInUser.current());
        SignUpForm form = read(request);
        model.addAttribute("form", form);
        if (!entitlement.maySignUp()) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return page(model, shown, entitlement);
        }
        boolean basicDetails = entitlement.kind() == Eligibility.Entitlement.Kind.ANYONE;
        boolean asksNeeds = shown.format().asksForNeeds();
        FormErrors errors = form.validate(basicDetails, asksNeeds,
                openOccasions(shown).stream().map(demand -> demand.occasion().id()).toList());
        if (errors.asMap().containsKey("form")) {
            model.addAttribute("form", form.withKey(SecretTokens.newToken()));
        }
        if (!errors.isEmpty()) {
            return invalid(model, response, shown, entitlement, errors, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        if (basicDetails && signUps.findBySubmissionKey(form.submissionKey()).isPresent()) {
            return "redirect:/aktiviteter/" + activity + "/anmalan/kvitto/" + form.submissionKey();
        }
        NewSignUp signUp = basicDetails ? form.toPublic(asksNeeds) : form.toSeatHolder(entitlement.seat(), asksNeeds);
        if (basicDetails && !withinLimits(signUp.email(), request.getRemoteAddr())) {
            return invalid(model, response, shown, entitlement, new FormErrors().add("email",
                    "Det har kommit många anmälningar från din uppkoppling eller till den här adressen den senaste timmen. "
                            + "Vänta en stund och försök igen."), HttpStatus.TOO_MANY_REQUESTS);
        }
        SignUpResult result;
        try {
            result = signUps.signUp(shown, signUp);
        } catch (AlreadySignedUpException alreadySignedUp) {
            return invalid(model, response, shown, entitlement, new FormErrors().add(basicDetails ? "email" : "occasion",
                    "Du är redan anmäld till den här aktiviteten. Din anmälan och möjligheten att avboka finns "
                            + "på aktivitetens sida när du är inloggad och via länken i bekräftelsemejlet."), HttpStatus.CONFLICT);
        }
        switch (result.outcome()) {
            case OCCASION_FULL -> {
                return invalid(model, response, shown, entitlement, new FormErrors().add("occasion",
                        "Datumet du valde blev fullbokat. Välj väntelistan för det datumet, eller ett annat datum med lediga platser."),
                        HttpStatus.CONFLICT);
            }
            case OCCASION_CLOSED -> {
                return invalid(model, response, shown, entitlement, new FormErrors().add("occasion",
                        "Datumet du valde tar inte längre emot anmälningar. Välj ett annat datum."), HttpStatus.CONFLICT);
            }
            default -> {
                if (basicDetails) {
                    return "redirect:/aktiviteter/" + activity + "/anmalan/kvitto/" + form.submissionKey();
                }
                redirect.addFlashAttribute("message", result.signUp().isConfirmed()
                        ? "Du är anmäld. Vi har skickat en bekräftelse till " + result.signUp().email() + "."
                        : "Du står på väntelistan. Vi mejlar dig om du får en plats.");
                return "redirect:/aktiviteter/" + activity;
            }
        }
    }

    @GetMapping("/aktiviteter/{activity:\\d{1,18}}/anmalan/kvitto/{key}")
    String receipt(@PathVariable long activity, @PathVariable String key, Model model) {
        Activity shown = activity(activity);
        SignUp signUp = signUps.findBySubmissionKey(key).filter(found -> found.activityId() == activity)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("activity", shown);
        model.addAttribute("signUp", signUp);
        model.addAttribute("occasion", catalogue.findOccasion(shown, signUp.occasionId()).orElseThrow());
        return "activity/receipt";
    }

    /** A signed-in participant cancels their own sign-up from the activity page. */
    @PostMapping("/aktiviteter/{activity:\\d{1,18}}/avboka")
    String cancelOwn(@PathVariable long activity, RedirectAttributes redirect) {
        Activity shown = activity(activity);
        Optional<SignedInUser> user = SignedInUser.current();
        if (user.isEmpty()) {
            return "redirect:/logga-in";
        }
        signUps.activeOf(shown, user.get().email()).ifPresent(signUp -> redirect.addFlashAttribute("message",
                signUps.cancel(shown, signUp) ? "Din anmälan är avbokad." : "Tillfället har redan börjat och kan inte avbokas."));
        return "redirect:/aktiviteter/" + activity;
    }

    @GetMapping("/aktiviteter/min-anmalan/{token}")
    String mySignUp(@PathVariable String token, Model model) {
        SignUp signUp = byToken(token);
        Activity activity = catalogue.find(signUp.activityId()).orElseThrow();
        model.addAttribute("activity", activity);
        model.addAttribute("signUp", signUp);
        Occasion occasion = catalogue.findOccasion(activity, signUp.occasionId()).orElseThrow();
        model.addAttribute("signUpOccasion", occasion);
        model.addAttribute("cancellable", occasion.takesSignUps(clock.instant()));
        model.addAttribute("organisation", attendance.withOrganisations(List.of(signUp)).getFirst().organisation());
        model.addAttribute("meetingLink", signUps.linkFor(activity, signUp).orElse(null));
        model.addAttribute("token", token);
        model.addAttribute("documents", documents.shownFor(activity));
        return "activity/my-sign-up";
    }

    @GetMapping("/aktiviteter/min-anmalan/{token}/dokument/{document:\\d{1,18}}")
    ResponseEntity<byte[]> document(@PathVariable String token, @PathVariable long document) {
        SignUp signUp = byToken(token);
        return ActivityPages.download(documents, catalogue.find(signUp.activityId()).orElseThrow(), document);
    }

    @PostMapping("/aktiviteter/min-anmalan/{token}/avboka")
    String cancelByLink(@PathVariable String token, RedirectAttributes redirect) {
        SignUp signUp = byToken(token);
        redirect.addFlashAttribute("message", signUps.cancel(catalogue.find(signUp.activityId()).orElseThrow(), signUp)
                ? "Din anmälan är avbokad." : "Anmälan kunde inte avbokas: den är redan avslutad eller så har tillfället börjat.");
        return "redirect:/aktiviteter/min-anmalan/" + token;
    }

    /** Anyone's sign-up e-mails the address typed: limited per client address and per e-mail address. */
    private boolean withinLimits(String email, String client) {
        return rateLimits.tryAcquire("activity-sign-up:ip:" + client, limits.signUpsPerClientPerHour(), SignUpLimits.WINDOW)
                && rateLimits.tryAcquire("activity-sign-up:email:" + email, limits.signUpsPerAddressPerHour(), SignUpLimits.WINDOW);
    }

    private String invalid(Model model, HttpServletResponse response, Activity activity, Eligibility.Entitlement entitlement,
                           FormErrors errors, HttpStatus status) {
        model.addAttribute("errors", errors.asMap());
        response.setStatus(status.value());
        return page(model, activity, entitlement);
    }

    private String page(Model model, Activity activity, Eligibility.Entitlement entitlement) {
        model.addAttribute("activity", activity);
        model.addAttribute("entitlement", entitlement);
        model.addAttribute("occasions", openOccasions(activity));
        model.addAttribute("organisations", entitlement.kind() == Eligibility.Entitlement.Kind.ANYONE ? organisations.all() : List.of());
        return "activity/sign-up";
    }

    /** The occasions that still take sign-ups, with their places left. */
    private List<OccasionDemand> openOccasions(Activity activity) {
        Instant now = clock.instant();
        return activity.isOpen()
                ? catalogue.demand(activity).stream().filter(demand -> demand.occasion().takesSignUps(now)).toList()
                : List.of();
    }

    private Activity activity(long id) {
        return catalogue.findPublic(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private SignUp byToken(String token) {
        return signUps.findByManageToken(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static SignUpForm read(HttpServletRequest request) {
        return new SignUpForm(value(request, "occasion"), value(request, "name"), value(request, "title"),
                value(request, "organisationId"), value(request, "organisationName"), value(request, "email"),
                value(request, "phone"), value(request, "dietaryNeeds"), value(request, "accessibilityNeeds"),
                request.getParameter("consent") != null, value(request, "submissionKey"));
    }
}
