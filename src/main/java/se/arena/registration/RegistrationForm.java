package se.arena.registration;

import java.util.Locale;
import java.util.Optional;

import jakarta.validation.constraints.Size;

import se.arena.web.FormErrors;

import static se.arena.web.FormValues.orNull;

/** The seed form's fields as typed, so an invalid submit comes back exactly as it was. */
public record RegistrationForm(
        String organisationId,
        @Size(max = 200) String name,
        @Size(max = 200) String title,
        String kind,
        @Size(max = 500) String address,
        @Size(max = 40) String phone,
        @Size(max = 40) String mobile,
        @Size(max = 320) String email,
        @Size(max = 500) String invoiceAddress,
        @Size(max = 200) String invoiceReference,
        @Size(max = 100) String preferredDate,
        @Size(max = 20) String phase,
        boolean consent,
        String submissionKey) {

    static RegistrationForm empty(String submissionKey) {
        return new RegistrationForm("", "", "", ParticipantKind.CIVIL_SERVANT.name(), "", "", "", "", "", "", "", "", false, submissionKey);
    }

    /** The rules for a form that does not ask for the phase, or where it may be left empty (staff's). */
    FormErrors validate() {
        return validate(false);
    }

    /** @param phaseRequired the network asks the phase question on its public form, which must then be answered */
    FormErrors validate(boolean phaseRequired) {
        FormErrors errors = FormErrors.checking(this);
        if (organisation() == null) {
            errors.add("organisationId", "Välj din kommun eller region.");
        }
        if (blank(name)) {
            errors.add("name", "Skriv ditt namn.");
        }
        if (participantKind() == null) {
            errors.add("kind", "Välj om du är tjänsteperson eller förtroendevald.");
        }
        if (!FormErrors.isEmail(email)) {
            errors.add("email", "Skriv din e-postadress, till exempel namn@kommun.se.");
        }
        if (!blank(phone) && !FormErrors.isPhone(phone)) {
            errors.add("phone", "Skriv ett svenskt telefonnummer, till exempel 08-123 456 78.");
        }
        if (!blank(mobile) && !FormErrors.isPhone(mobile)) {
            errors.add("mobile", "Skriv ett svenskt mobilnummer, till exempel 070-123 45 67.");
        }
        if (chosenPhase().isEmpty() && (phaseRequired || !blank(phase))) {
            errors.add("phase", "Välj var er organisation står i arbetet.");
        }
        if (!consent) {
            errors.add("consent", "Du behöver godkänna att vi behandlar dina uppgifter för att kunna anmäla dig.");
        }
        return errors;
    }

    /** A form's key as {@link se.arena.SecretTokens#newToken()} makes it; anything else is an old or forged form. */
    static boolean isSubmissionKey(String key) {
        return key != null && key.matches("[A-Za-z0-9_-]{20,64}");
    }

    Long organisation() {
        return organisationId != null && organisationId.strip().matches("\\d{1,18}") ? Long.valueOf(organisationId.strip()) : null;
    }

    ParticipantKind participantKind() {
        for (ParticipantKind candidate : ParticipantKind.values()) {
            if (candidate.name().equals(kind)) {
                return candidate;
            }
        }
        return null;
    }

    /** The phase answered; empty when the question was left unanswered or not asked. */
    Optional<Phase> chosenPhase() {
        return Phase.parse(phase == null ? null : phase.strip());
    }

    /** Only call on a valid form. */
    NewRegistration toNew(long networkId) {
        return new NewRegistration(networkId, organisation(), email.strip().toLowerCase(Locale.ROOT), name.strip(),
                orNull(title), participantKind(), orNull(address), orNull(phone), orNull(mobile), orNull(invoiceAddress),
                orNull(invoiceReference), orNull(preferredDate), chosenPhase().orElse(null), submissionKey);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
