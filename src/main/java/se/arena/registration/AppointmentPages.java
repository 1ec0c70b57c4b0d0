package se.arena.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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

import se.arena.SecretTokens;
import se.arena.identity.SignedInUser;
import se.arena.network.Network;
import se.arena.network.NetworkCatalogue;
import se.arena.network.NetworkFilter;
import se.arena.organisation.Organisation;
import se.arena.organisation.OrganisationDirectory;
import se.arena.organisation.OrganisationType;
import se.arena.web.FormErrors;

import static se.arena.web.FormValues.value;

/**
 * A coordinator (or staff on the organisation's behalf) appoints the organisation's
 * representatives for a network and records the decision behind it.
 */
@Controller
class AppointmentPages {

    private final NetworkCatalogue catalogue;
    private final OrganisationDirectory organisations;
    private final Registrations registrations;
    private final MailLimits limits;
    private final Clock clock;

    AppointmentPages(NetworkCatalogue catalogue, OrganisationDirectory organisations, Registrations registrations,
                     MailLimits limits, Clock clock) {
        this.limits = limits;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.registrations = registrations;
        this.clock = clock;
    }

    @GetMapping("/organisation/{organisationId}/utse")
    String form(@PathVariable long organisationId, Model model) {
        Organisation organisation = organisation(organisationId);
        model.addAttribute("form", AppointmentForm.empty(
                organisation.type() == OrganisationType.MUNICIPALITY ? "Kommunstyrelsen" : "Regionstyrelsen", SecretTokens.newToken()));
        return page(model, organisation);
    }

    /**
     * Every person is checked before anything is recorded, and the whole appointment is recorded
     * in one transaction; a second submit of the same form shows the first one's outcome.
     */
    @PostMapping("/organisation/{organisationId}/utse")
    String appoint(@PathVariable long organisationId, HttpServletRequest request, HttpServletResponse response, Model model) {
        Organisation organisation = organisation(organisationId);
        AppointmentForm form = AppointmentForm.read(request);
        String submissionKey = form.submissionKey();
        model.addAttribute("form", form);

        Optional<AppointmentOutcome> repeated = RegistrationForm.isSubmissionKey(submissionKey)
                ? registrations.findAppointment(submissionKey) : Optional.empty();
        if (repeated.isPresent() && repeated.get().decision().organisationId() == organisationId) {
            return appointed(model, organisation, repeated.get());
        }
        // a key that is malformed, or another organisation's, is an old or forged form: nothing of it is shown
        if (!RegistrationForm.isSubmissionKey(submissionKey) || repeated.isPresent()) {
            model.addAttribute("form", form.withSubmissionKey(SecretTokens.newToken()));
            return refuse(model, response, organisation, new FormErrors().add("networkId",
                    "Formuläret är för gammalt. Kontrollera uppgifterna och skicka igen."), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        Network network = choosable(organisation).stream().filter(candidate -> Long.toString(candidate.id()).equals(form.networkId()))
                .findFirst().orElse(null);
        FormErrors errors = form.validate(network, LocalDate.now(clock));
        if (!errors.isEmpty()) {
            return refuse(model, response, organisation, errors, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        SignedInUser user = SignedInUser.current().orElseThrow();
        // staff are trusted with bulk work; a coordinator's appointments e-mail addresses they typed
        Optional<FormErrors> refused = user.isStaff() ? Optional.empty()
                : limits.refuseAppointment(user.accountId(), request.getRemoteAddr());
        if (refused.isPresent()) {
            return refuse(model, response, organisation, refused.get(), HttpStatus.TOO_MANY_REQUESTS);
        }
        List<AppointmentForm.Person> people = form.people();
        List<NewRegistration> appointed = people.stream().filter(AppointmentForm.Person::isStarted).map(person -> new NewRegistration(network.id(),
                organisationId, person.address(), person.name().strip(),
                person.title().isBlank() ? null : person.title().strip(), person.participantKind(), null, null, null, null,
                null, null, null, SecretTokens.newToken())).toList();
        try {
            return appointed(model, organisation, registrations.appoint(network, form.toAppointment(network.id(), organisationId),
                    appointed, submissionKey, SignedInUser.actor(request)));
        } catch (RegisteredElsewhereException registeredElsewhere) {
            FormErrors elsewhere = new FormErrors();
            for (int row = 0; row < people.size(); row++) {
                if (people.get(row).isStarted() && registeredElsewhere.emails().contains(people.get(row).address())) {
                    elsewhere.add("email" + row, "Den här adressen är redan anmäld till nätverket för en annan organisation.");
                }
            }
            return refuse(model, response, organisation, elsewhere, HttpStatus.CONFLICT);
        }
    }

    private String appointed(Model model, Organisation organisation, AppointmentOutcome outcome) {
        model.addAttribute("network", catalogue.find(outcome.decision().networkId()).orElseThrow());
        model.addAttribute("organisation", organisation);
        model.addAttribute("outcome", outcome);
        return "registration/appointed";
    }

    private String refuse(Model model, HttpServletResponse response, Organisation organisation, FormErrors errors, HttpStatus status) {
        model.addAttribute("errors", errors.asMap());
        response.setStatus(status.value());
        return page(model, organisation);
    }

    private String page(Model model, Organisation organisation) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("networks", choosable(organisation));
        model.addAttribute("kinds", ParticipantKind.values());
        return "registration/appoint";
    }

    /** Networks the organisation can appoint to now: open for registration and open to its kind of member. */
    private List<Network> choosable(Organisation organisation) {
        LocalDate today = LocalDate.now(clock);
        return catalogue.publicNetworks(NetworkFilter.of(null, null, "ja")).stream()
                .filter(network -> network.acceptsRegistrations(today))
                .filter(network -> organisation.type() == OrganisationType.MUNICIPALITY ? network.admitsMunicipalities() : network.admitsRegions())
                .toList();
    }

    private Organisation organisation(long id) {
        return organisations.findAll(List.of(id)).stream().findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
