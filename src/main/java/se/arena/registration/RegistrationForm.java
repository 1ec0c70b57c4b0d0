package se.arena.registration;

import java.util.Locale;

import se.arena.web.FormErrors;

import static se.arena.web.FormValues.orNull;

/** The seed form's fields as typed, so an invalid submit comes back exactly as it was. */
public record RegistrationForm(
        String organisationId,
        String name,
        String title,
        String kind,
        String address,
        String phone,
        String mobile,
        String email,
        String invoiceAddress,
        String invoiceReference,
        String preferredDate,
        boolean consent,
        String submissionKey) {

    // the registration column's length
    private static final int PREFERRED_DATE_LENGTH = 100;

    static RegistrationForm empty(String submissionKey) {
        return new RegistrationForm("", "", "", ParticipantKind.CIVIL_SERVANT.name(), "", "", "", "", "", "", "", false, submissionKey);
    }

    FormErrors validate() {
        FormErrors errors = new FormErrors();
        if (organisation() == null) {
            errors.add("organisationId", "Välj din kommun eller region.");
        }
        if (blank(name)) {
            errors.add("name", "Skriv ditt namn.");
        } else if (name.strip().length() > 200) {
            errors.add("name", "Namnet får vara högst 200 tecken.");
        }
        if (!blank(title) && title.strip().length() > 200) {
            errors.add("title", "Titeln får vara högst 200 tecken.");
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
        if (!blank(address) && address.strip().length() > 500) {
            errors.add("address", "Adressen får vara högst 500 tecken.");
        }
        if (!blank(invoiceAddress) && invoiceAddress.strip().length() > 500) {
            errors.add("invoiceAddress", "Fakturaadressen får vara högst 500 tecken.");
        }
        if (!blank(invoiceReference) && invoiceReference.strip().length() > 200) {
            errors.add("invoiceReference", "Referensen får vara högst 200 tecken.");
        }
        if (!blank(preferredDate) && preferredDate.strip().length() > PREFERRED_DATE_LENGTH) {
            errors.add("preferredDate", "Önskat datum får vara högst " + PREFERRED_DATE_LENGTH + " tecken.");
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

    /** Only call on a valid form. */
    NewRegistration toNew(long networkId) {
        return new NewRegistration(networkId, organisation(), email.strip().toLowerCase(Locale.ROOT), name.strip(),
                orNull(title), participantKind(), orNull(address), orNull(phone), orNull(mobile), orNull(invoiceAddress),
                orNull(invoiceReference), orNull(preferredDate), submissionKey);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
