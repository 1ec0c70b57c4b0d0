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

    static final int PERSON_ROWS = 3;

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
        model.addAttribute("networkId", "");
        model.addAttribute("decidedBy", organisation.type() == OrganisationType.MUNICIPALITY ? "Kommunstyrelsen" : "Regionstyrelsen");
        model.addAttribute("decidedOn", "");
        model.addAttribute("reference", "");
        model.addAttribute("note", "");
        model.addAttribute("people", emptyPeople());
        return page(model, organisation);
    }

    @PostMapping("/organisation/{organisationId}/utse")
    String appoint(@PathVariable long organisationId, HttpServletRequest request, HttpServletResponse response, Model model) {
        Organisation organisation = organisation(organisationId);
        String networkId = value(request, "networkId");
        String decidedBy = value(request, "decidedBy");
        String decidedOn = value(request, "decidedOn");
        String reference = value(request, "reference");
        String note = value(request, "note");
        List<Person> people = new ArrayList<>();
        for (int row = 0; row < PERSON_ROWS; row++) {
            people.add(new Person(value(request, "name" + row), value(request, "title" + row), value(request, "email" + row),
                    value(request, "kind" + row).isEmpty() ? ParticipantKind.ELECTED_OFFICIAL.name() : value(request, "kind" + row)));
        }
        model.addAttribute("networkId", networkId);
        model.addAttribute("decidedBy", decidedBy);
        model.addAttribute("decidedOn", decidedOn);
        model.addAttribute("reference", reference);
        model.addAttribute("note", note);
        model.addAttribute("people", people);

        FormErrors errors = new FormErrors();
        Network network = choosable(organisation).stream().filter(candidate -> Long.toString(candidate.id()).equals(networkId))
                .findFirst().orElse(null);
        if (network == null) {
            errors.add("networkId", "Välj ett nätverk som tar emot anmälningar.");
        }
        if (decidedBy.isBlank()) {
            errors.add("decidedBy", "Skriv vilket organ som fattade beslutet, till exempel Kommunstyrelsen.");
        }
        LocalDate date = date(decidedOn);
        if (date == null) {
            errors.add("decidedOn", "Skriv beslutsdatum som ÅÅÅÅ-MM-DD, till exempel 2027-03-12.");
        } else if (date.isAfter(LocalDate.now(clock))) {
            errors.add("decidedOn", "Beslutsdatumet kan inte ligga i framtiden.");
        }
        if (reference.isBlank()) {
            errors.add("reference", "Skriv diarienummer eller ärendenummer, till exempel KS 2027/123.");
        }
        List<Person> named = people.stream().filter(Person::isStarted).toList();
        if (named.isEmpty()) {
            errors.add("name0", "Skriv namn och e-post för minst en representant.");
        }
        for (int row = 0; row < people.size(); row++) {
            Person person = people.get(row);
            if (person.isStarted() && person.name().isBlank()) {
                errors.add("name" + row, "Skriv representantens namn.");
            } else if (person.isStarted() && !FormErrors.isEmail(person.email())) {
                errors.add("email" + row, "Skriv representantens e-postadress.");
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors.asMap());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, organisation);
        }
        SignedInUser user = SignedInUser.current().orElseThrow();
        // staff are trusted with bulk work; a coordinator's appointments e-mail addresses they typed
        Optional<FormErrors> refused = user.isStaff() ? Optional.empty()
                : limits.refuseAppointment(user.accountId(), request.getRemoteAddr());
        if (refused.isPresent()) {
            model.addAttribute("errors", refused.get().asMap());
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return page(model, organisation);
        }
        List<NewRegistration> appointed = named.stream().map(person -> new NewRegistration(network.id(), organisationId,
                person.email().strip().toLowerCase(Locale.ROOT), person.name().strip(),
                person.title().isBlank() ? null : person.title().strip(), person.participantKind(), null, null, null, null,
                null, null, SecretTokens.newToken())).toList();
        List<RegistrationResult> results = registrations.appoint(network,
                new Appointment(organisationId, decidedBy.strip(), date, reference.strip(), note.isBlank() ? null : note.strip()),
                appointed, SignedInUser.actor(request));
        model.addAttribute("network", network);
        model.addAttribute("organisation", organisation);
        model.addAttribute("results", results);
        model.addAttribute("skipped", appointed.size() - results.size());
        return "registration/appointed";
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

    private static List<Person> emptyPeople() {
        List<Person> people = new ArrayList<>();
        for (int row = 0; row < PERSON_ROWS; row++) {
            people.add(new Person("", "", "", ParticipantKind.ELECTED_OFFICIAL.name()));
        }
        return people;
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /** One row of the form: a person the organisation appoints. */
    public record Person(String name, String title, String email, String kind) {

        boolean isStarted() {
            return !name.isBlank() || !email.isBlank() || !title.isBlank();
        }

        ParticipantKind participantKind() {
            return ParticipantKind.ELECTED_OFFICIAL.name().equals(kind) ? ParticipantKind.ELECTED_OFFICIAL : ParticipantKind.CIVIL_SERVANT;
        }
    }
}
