package se.arena.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

import se.arena.identity.SignedInUser;
import se.arena.network.Network;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.OrganisationDirectory;
import se.arena.privacy.Actor;
import se.arena.web.FormErrors;

/**
 * The one page on which a coordinator (or a seat holder) answers a re-confirmation round, reached
 * by the link in the request or a reminder: for each seat, continue, decline, or another person.
 */
@Controller
class RenewalPages {

    private final Renewals renewals;
    private final NetworkCatalogue catalogue;
    private final OrganisationDirectory organisations;
    private final MailLimits limits;
    private final Clock clock;

    RenewalPages(Renewals renewals, NetworkCatalogue catalogue, OrganisationDirectory organisations, MailLimits limits,
                 Clock clock) {
        this.limits = limits;
        this.renewals = renewals;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/fornyelse/{token}")
    String page(@PathVariable String token, @RequestParam(name = "sparat", required = false) String saved, Model model,
                HttpServletResponse response) {
        return page(renewals.findRequest(token), "/fornyelse/" + token, saved, model, response);
    }

    /** The same page signed in, from Mina sidor; {@link RenewalRequestOwnership} lets only the person asked in. */
    @GetMapping("/mina-sidor/fornyelse/{renewalRequestId}")
    String signedInPage(@PathVariable long renewalRequestId, @RequestParam(name = "sparat", required = false) String saved,
                        Model model, HttpServletResponse response) {
        return page(renewals.findRequest(renewalRequestId), "/mina-sidor/fornyelse/" + renewalRequestId, saved, model, response);
    }

    @PostMapping("/fornyelse/{token}")
    String answer(@PathVariable String token, HttpServletRequest form, HttpServletResponse response, Model model) {
        return answer(renewals.findRequest(token), "/fornyelse/" + token, form, response, model);
    }

    @PostMapping("/mina-sidor/fornyelse/{renewalRequestId}")
    String signedInAnswer(@PathVariable long renewalRequestId, HttpServletRequest form, HttpServletResponse response, Model model) {
        return answer(renewals.findRequest(renewalRequestId), "/mina-sidor/fornyelse/" + renewalRequestId, form, response, model);
    }

    private String page(Optional<RenewalRequest> found, String action, String saved, Model model, HttpServletResponse response) {
        model.addAttribute("saved", saved != null);
        return found.map(request -> show(model, action, request, Map.of(), new FormErrors()))
                .orElseGet(() -> notFound(model, response));
    }

    private String answer(Optional<RenewalRequest> found, String action, HttpServletRequest form, HttpServletResponse response,
                          Model model) {
        RenewalRequest request = found.orElse(null);
        if (request == null) {
            return notFound(model, response);
        }
        RenewalRound round = renewals.roundOf(request);
        Map<Long, SeatChoice> choices = new LinkedHashMap<>();
        Map<String, String> typed = new HashMap<>();
        FormErrors errors = new FormErrors();
        for (RenewalSeat seat : renewals.seats(round, request)) {
            if (!seat.isOpen()) {
                continue;
            }
            readChoice(form, seat, typed, errors).ifPresent(choice -> choices.put(seat.registrationId(), choice));
        }
        if (choices.isEmpty() && errors.isEmpty()) {
            errors.add("svar", "Välj ett svar för minst en plats.");
        }
        if (!errors.isEmpty() || !round.takesAnswers(LocalDate.now(clock))) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("saved", false);
            return show(model, action, request, typed, errors);
        }
        choices.forEach((registrationId, choice) -> {
            if (choice.answer() == RenewalAnswer.TRANSFERRED) {
                limits.refuseOffer(registrationId, choice.colleagueEmail().toLowerCase(Locale.ROOT), form.getRemoteAddr(),
                        "epost" + registrationId).ifPresent(refused -> refused.asMap().forEach(errors::add));
            }
        });
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("saved", false);
            return show(model, action, request, typed, errors);
        }
        Network network = catalogue.find(round.networkId()).orElseThrow();
        Actor actor = SignedInUser.current().map(user -> new Actor(user.accountId(), user.email(), form.getRemoteAddr()))
                .orElseGet(() -> new Actor(null, request.recipientEmail(), form.getRemoteAddr()));
        renewals.answer(network, round, request, choices, actor);
        return "redirect:" + action + "?sparat=ja";
    }

    /** A choice as typed: the answer, and for another person their name and address, checked. */
    static Optional<SeatChoice> readChoice(HttpServletRequest form, RenewalSeat seat, Map<String, String> typed,
                                                      FormErrors errors) {
        long id = seat.registrationId();
        String answer = value(form, "svar" + id);
        String name = value(form, "namn" + id);
        String email = value(form, "epost" + id);
        typed.put("svar" + id, answer);
        typed.put("namn" + id, name);
        typed.put("epost" + id, email);
        RenewalAnswer chosen = switch (answer) {
            case "CONFIRMED" -> RenewalAnswer.CONFIRMED;
            case "DECLINED" -> RenewalAnswer.DECLINED;
            case "TRANSFERRED" -> RenewalAnswer.TRANSFERRED;
            default -> null;
        };
        if (chosen != RenewalAnswer.TRANSFERRED) {
            return Optional.ofNullable(chosen).map(SeatChoice::of);
        }
        FormErrors.checking(new SeatChoice(RenewalAnswer.TRANSFERRED, name, email),
                path -> (path.equals("colleagueName") ? "namn" : "epost") + id).asMap().forEach(errors::add);
        if (name.isBlank()) {
            errors.add("namn" + id, "Skriv namnet på den som ska ta över platsen efter " + seat.name() + ".");
        }
        if (!FormErrors.isEmail(email)) {
            errors.add("epost" + id, "Skriv e-postadressen till den som ska ta över platsen, till exempel namn@kommun.se.");
        } else if (email.equalsIgnoreCase(seat.email())) {
            errors.add("epost" + id, "Den nya personen behöver en annan e-postadress än " + seat.name() + ".");
        }
        return errors.asMap().containsKey("namn" + id) || errors.asMap().containsKey("epost" + id)
                ? Optional.empty()
                : Optional.of(new SeatChoice(RenewalAnswer.TRANSFERRED, name, email));
    }

    private String show(Model model, String action, RenewalRequest request, Map<String, String> typed, FormErrors errors) {
        RenewalRound round = renewals.roundOf(request);
        model.addAttribute("action", action);
        model.addAttribute("request", request);
        model.addAttribute("round", round);
        model.addAttribute("open", round.takesAnswers(LocalDate.now(clock)));
        model.addAttribute("network", catalogue.find(round.networkId()).orElseThrow());
        model.addAttribute("organisation", organisations.findAll(List.of(request.organisationId())).getFirst());
        model.addAttribute("seats", renewals.seats(round, request));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors.asMap());
        return "registration/renewal";
    }

    private static String notFound(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("request", null);
        return "registration/renewal";
    }

    private static String value(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.strip();
    }
}
