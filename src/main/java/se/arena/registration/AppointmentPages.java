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
    // the appointment and registration columns' lengths
    private static final int DECIDED_BY_LENGTH = 200;
    private static final int REFERENCE_LENGTH = 100;
    private static final int NOTE_LENGTH = 1000;
    private static final int NAME_LENGTH = 200;

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
        model.addAttribute("submissionKey", SecretTokens.newToken());
        return page(model, organisation);
    }

    /**
     * Every person is checked before anything is recorded, and the whole appointment is recorded
     * in one transaction; a second submit of the same form shows the first one's outcome.
     */
    @PostMapping("/organisation/{organisationId}/utse")
    String appoint(@PathVariable long organisationId, HttpServletRequest request, HttpServletResponse response, Model model) {
        Organisation organisation = organisation(organisationId);
        String networkId = value(request, "networkId");
        String decidedBy = value(request, "decidedBy");
        String decidedOn = value(request, "decidedOn");
        String reference = value(request, "reference");
        String note = value(request, "note");
        String submissionKey = value(request, "submissionKey");
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
        model.addAttribute("submissionKey", submissionKey);

        Optional<AppointmentOutcome> repeated = RegistrationForm.isSubmissionKey(submissionKey)
                ? registrations.findAppointment(submissionKey) : Optional.empty();
        if (repeated.isPresent() && repeated.get().decision().organisationId() == organisationId) {
            return appointed(model, organisation, repeated.get());
        }
        // a key that is malformed, or another organisation's, is an old or forged form: nothing of it is shown
        if (!RegistrationForm.isSubmissionKey(submissionKey) || repeated.isPresent()) {
            model.addAttribute("submissionKey", SecretTokens.newToken());
            return refuse(model, response, organisation, new FormErrors().add("networkId",
                    "Formuläret är för gammalt. Kontrollera uppgifterna och skicka igen."), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        Network network = choosable(organisation).stream().filter(candidate -> Long.toString(candidate.id()).equals(networkId))
                .findFirst().orElse(null);
        FormErrors errors = validate(network, decidedBy, decidedOn, reference, note, people);
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
        List<NewRegistration> appointed = people.stream().filter(Person::isStarted).map(person -> new NewRegistration(network.id(),
                organisationId, person.address(), person.name().strip(),
                person.title().isBlank() ? null : person.title().strip(), person.participantKind(), null, null, null, null,
                null, null, SecretTokens.newToken())).toList();
        try {
            return appointed(model, organisation, registrations.appoint(network,
                    new Appointment(network.id(), organisationId, decidedBy.strip(), date(decidedOn), reference.strip(),
                            note.isBlank() ? null : note.strip()),
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

    /** Every field of the decision and of each person, with the message next to the field it concerns. */
    private FormErrors validate(Network network, String decidedBy, String decidedOn, String reference, String note,
                                List<Person> people) {
        FormErrors errors = new FormErrors();
        if (network == null) {
            errors.add("networkId", "Välj ett nätverk som tar emot anmälningar.");
        }
        if (decidedBy.isBlank()) {
            errors.add("decidedBy", "Skriv vilket organ som fattade beslutet, till exempel Kommunstyrelsen.");
        } else if (decidedBy.strip().length() > DECIDED_BY_LENGTH) {
            errors.add("decidedBy", "Beslutande organ får vara högst " + DECIDED_BY_LENGTH + " tecken.");
        }
        LocalDate date = date(decidedOn);
        if (date == null) {
            errors.add("decidedOn", "Skriv beslutsdatum som ÅÅÅÅ-MM-DD, till exempel 2027-03-12.");
        } else if (date.isAfter(LocalDate.now(clock))) {
            errors.add("decidedOn", "Beslutsdatumet kan inte ligga i framtiden.");
        }
        if (reference.isBlank()) {
            errors.add("reference", "Skriv diarienummer eller ärendenummer, till exempel KS 2027/123.");
        } else if (reference.strip().length() > REFERENCE_LENGTH) {
            errors.add("reference", "Diarienumret får vara högst " + REFERENCE_LENGTH + " tecken.");
        }
        if (note.strip().length() > NOTE_LENGTH) {
            errors.add("note", "Anteckningen får vara högst " + NOTE_LENGTH + " tecken.");
        }
        if (people.stream().noneMatch(Person::isStarted)) {
            errors.add("name0", "Skriv namn och e-post för minst en representant.");
        }
        for (int row = 0; row < people.size(); row++) {
            Person person = people.get(row);
            if (!person.isStarted()) {
                continue;
            }
            if (person.name().isBlank()) {
                errors.add("name" + row, "Skriv representantens namn.");
            } else if (person.name().strip().length() > NAME_LENGTH) {
                errors.add("name" + row, "Namnet får vara högst " + NAME_LENGTH + " tecken.");
            }
            if (person.title().strip().length() > NAME_LENGTH) {
                errors.add("title" + row, "Uppdraget eller titeln får vara högst " + NAME_LENGTH + " tecken.");
            }
            if (!FormErrors.isEmail(person.email())) {
                errors.add("email" + row, "Skriv representantens e-postadress.");
            } else {
                for (int earlier = 0; earlier < row; earlier++) {
                    if (people.get(earlier).isStarted() && people.get(earlier).address().equals(person.address())) {
                        errors.add("email" + row, "Samma e-postadress står redan för representant " + (earlier + 1) + ".");
                    }
                }
            }
        }
        return errors;
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

        /** The e-mail address as it is stored. */
        String address() {
            return email.strip().toLowerCase(Locale.ROOT);
        }

        ParticipantKind participantKind() {
            return ParticipantKind.ELECTED_OFFICIAL.name().equals(kind) ? ParticipantKind.ELECTED_OFFICIAL : ParticipantKind.CIVIL_SERVANT;
        }
    }
}
