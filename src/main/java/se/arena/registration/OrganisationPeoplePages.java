package se.arena.registration;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.arena.identity.SignedInUser;
import se.arena.network.MembershipRules.LeavingFee;
import se.arena.network.Network;
import se.arena.network.NetworkCatalogue;
import se.arena.organisation.Organisation;
import se.arena.organisation.OrganisationDirectory;
import se.arena.web.FormErrors;

import static se.arena.web.FormValues.value;

/**
 * A coordinator (or staff on the organisation's behalf) manages one of the organisation's people
 * in a network: replaces them by someone else, who is offered the seat by e-mail and gets it on
 * accepting, as with a seat the holder offers; or cancels them, after a confirmation step. The
 * person's {@code personId} is reached only by the coordinators of its organisation
 * ({@link OrganisationPersonOwnership}); both actions are audited.
 */
@Controller
class OrganisationPeoplePages {

    private final Registrations registrations;
    private final SeatTransfers transfers;
    private final NetworkCatalogue catalogue;
    private final OrganisationDirectory organisations;
    private final MailLimits limits;

    OrganisationPeoplePages(Registrations registrations, SeatTransfers transfers, NetworkCatalogue catalogue,
                            OrganisationDirectory organisations, MailLimits limits) {
        this.registrations = registrations;
        this.transfers = transfers;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.limits = limits;
    }

    @GetMapping("/organisation/{organisationId}/deltagare/{personId}/ersatt")
    String replacement(@PathVariable long organisationId, @PathVariable long personId, Model model, RedirectAttributes redirect) {
        Registration person = person(organisationId, personId);
        if (person.status() != RegistrationStatus.CONFIRMED) {
            return backWith(redirect, organisationId, person.name() + " har ingen plats att lämna över.");
        }
        model.addAttribute("name", "");
        model.addAttribute("email", "");
        return replacementPage(model, organisationId, person);
    }

    /** The new person is e-mailed the offer; the seat stays with the one replaced until the offer is accepted. */
    @PostMapping("/organisation/{organisationId}/deltagare/{personId}/ersatt")
    String replace(@PathVariable long organisationId, @PathVariable long personId, HttpServletRequest request,
                   HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Registration person = person(organisationId, personId);
        Network network = network(person);
        String name = value(request, "name");
        String email = value(request, "email");
        model.addAttribute("name", name);
        model.addAttribute("email", email);
        String address = email.strip().toLowerCase(Locale.ROOT);
        FormErrors errors = FormErrors.checking(new SeatChoice(RenewalAnswer.TRANSFERRED, name, email),
                path -> path.equals("colleagueName") ? "name" : "email");
        if (person.status() != RegistrationStatus.CONFIRMED) {
            errors.add("name", person.name() + " har inte längre någon plats att lämna över.");
        }
        if (name.isBlank()) {
            errors.add("name", "Skriv namnet på den som ska ta över platsen.");
        }
        if (!FormErrors.isEmail(email)) {
            errors.add("email", "Skriv e-postadressen till den som ska ta över platsen, till exempel namn@kommun.se.");
        } else if (registrations.isRegisteredIn(network, address)) {
            errors.add("email", "Den här adressen är redan anmäld till nätverket.");
        }
        HttpStatus refusal = HttpStatus.UNPROCESSABLE_CONTENT;
        if (errors.isEmpty() && !SignedInUser.current().map(SignedInUser::isStaff).orElse(false)) {
            Optional<FormErrors> refused = limits.refuseOffer(person.id(), address, request.getRemoteAddr(), "email");
            if (refused.isPresent()) {
                errors = refused.get();
                refusal = HttpStatus.TOO_MANY_REQUESTS;
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors.asMap());
            response.setStatus(refusal.value());
            return replacementPage(model, organisationId, person);
        }
        transfers.offerByOrganisation(network, person, name, address, organisation(organisationId).name(), SignedInUser.actor(request));
        return backWith(redirect, organisationId, "Vi har skickat ett mejl till " + address + " med ett erbjudande om platsen efter "
                + person.name() + ". Platsen går över när " + name.strip() + " har tagit emot den; fram till dess har "
                + person.name() + " kvar den.");
    }

    @GetMapping("/organisation/{organisationId}/deltagare/{personId}/avboka")
    String cancellation(@PathVariable long organisationId, @PathVariable long personId, Model model, RedirectAttributes redirect) {
        Registration person = person(organisationId, personId);
        if (!person.status().isActive()) {
            return backWith(redirect, organisationId, person.name() + " har ingen plats eller väntelisteplats kvar att avboka.");
        }
        Network network = network(person);
        model.addAttribute("person", person);
        model.addAttribute("network", network);
        model.addAttribute("organisation", organisation(organisationId));
        model.addAttribute("currentYearReleased", network.membership().leavingFee()
                == LeavingFee.CURRENT_YEAR_RELEASED);
        return "registration/organisation-cancel";
    }

    @PostMapping("/organisation/{organisationId}/deltagare/{personId}/avboka")
    String cancel(@PathVariable long organisationId, @PathVariable long personId, HttpServletRequest request,
                  RedirectAttributes redirect) {
        Registration person = person(organisationId, personId);
        boolean cancelled = registrations.cancelByOrganisation(network(person), person, SignedInUser.actor(request));
        return backWith(redirect, organisationId, cancelled
                ? person.name() + " är avbokad och har fått ett mejl om det. En frigjord plats går till väntelistan."
                : person.name() + " var redan avbokad.");
    }

    private String replacementPage(Model model, long organisationId, Registration person) {
        model.addAttribute("person", person);
        model.addAttribute("network", network(person));
        model.addAttribute("organisation", organisation(organisationId));
        return "registration/organisation-replace";
    }

    private static String backWith(RedirectAttributes redirect, long organisationId, String message) {
        redirect.addFlashAttribute("message", message);
        return "redirect:/organisation/" + organisationId + "/natverk";
    }

    /** One of the organisation's people; someone else's is not found here, whatever the id. */
    private Registration person(long organisationId, long personId) {
        return registrations.find(personId).filter(registration -> registration.organisationId() == organisationId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Network network(Registration registration) {
        return catalogue.find(registration.networkId()).orElseThrow();
    }

    private Organisation organisation(long organisationId) {
        return organisations.findAll(List.of(organisationId)).stream().findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
