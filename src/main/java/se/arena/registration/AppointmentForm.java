package se.arena.registration;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import se.arena.network.Network;
import se.arena.web.FormErrors;

import static se.arena.web.FormValues.value;

/**
 * A coordinator's appointment as typed: the decision behind it and up to {@link #PERSON_ROWS}
 * people, kept as text so that a refused form comes back exactly as it was. The limits are the
 * appointment's and the registration's columns.
 */
public record AppointmentForm(String networkId, @Size(max = 200) String decidedBy, String decidedOn,
                              @Size(max = 100) String reference, @Size(max = 1000) String note, List<@Valid Person> people,
                              String submissionKey) {

    static final int PERSON_ROWS = 3;

    /** A fresh form, with the body that usually decides for the kind of organisation. */
    static AppointmentForm empty(String decidedBy, String submissionKey) {
        List<Person> people = new ArrayList<>();
        for (int row = 0; row < PERSON_ROWS; row++) {
            people.add(new Person("", "", "", ParticipantKind.ELECTED_OFFICIAL.name()));
        }
        return new AppointmentForm("", decidedBy, "", "", "", people, submissionKey);
    }

    static AppointmentForm read(HttpServletRequest request) {
        List<Person> people = new ArrayList<>();
        for (int row = 0; row < PERSON_ROWS; row++) {
            String kind = value(request, "kind" + row);
            people.add(new Person(value(request, "name" + row), value(request, "title" + row), value(request, "email" + row),
                    kind.isEmpty() ? ParticipantKind.ELECTED_OFFICIAL.name() : kind));
        }
        return new AppointmentForm(value(request, "networkId"), value(request, "decidedBy"), value(request, "decidedOn"),
                value(request, "reference"), value(request, "note"), people, value(request, "submissionKey"));
    }

    AppointmentForm withSubmissionKey(String key) {
        return new AppointmentForm(networkId, decidedBy, decidedOn, reference, note, people, key);
    }

    /**
     * Every field of the decision and of each person, with the message next to the field it concerns.
     *
     * @param network the chosen network if the organisation may appoint to it, else null
     */
    FormErrors validate(Network network, LocalDate today) {
        // a person's fields are named after the row: name0, title0, email0
        FormErrors errors = FormErrors.checking(this, path -> path.replaceFirst("^people\\[(\\d+)]\\.(\\w+)$", "$2$1"));
        if (network == null) {
            errors.add("networkId", "Välj ett nätverk som tar emot anmälningar.");
        }
        if (decidedBy.isBlank()) {
            errors.add("decidedBy", "Skriv vilket organ som fattade beslutet, till exempel Kommunstyrelsen.");
        }
        LocalDate date = decisionDate();
        if (date == null) {
            errors.add("decidedOn", "Skriv beslutsdatum som ÅÅÅÅ-MM-DD, till exempel 2027-03-12.");
        } else if (date.isAfter(today)) {
            errors.add("decidedOn", "Beslutsdatumet kan inte ligga i framtiden.");
        }
        if (reference.isBlank()) {
            errors.add("reference", "Skriv diarienummer eller ärendenummer, till exempel KS 2027/123.");
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

    /** The decision as recorded; only call on a valid form. */
    Appointment toAppointment(long networkId, long organisationId) {
        return new Appointment(networkId, organisationId, decidedBy.strip(), decisionDate(), reference.strip(),
                note.isBlank() ? null : note.strip());
    }

    private LocalDate decisionDate() {
        try {
            return LocalDate.parse(decidedOn.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /** One row of the form: a person the organisation appoints. */
    public record Person(@Size(max = 200) String name, @Size(max = 200) String title, @Size(max = 320) String email, String kind) {

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
