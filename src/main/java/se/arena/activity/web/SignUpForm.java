package se.arena.activity.web;

import jakarta.validation.constraints.Size;

import java.util.Collection;
import java.util.Locale;

import se.arena.activity.NewSignUp;
import se.arena.registration.SeatHolders;
import se.arena.web.FormErrors;

import static se.arena.activity.web.OccasionForm.blank;
import static se.arena.web.FormValues.orNull;

/**
 * The sign-up form as typed. A network's participant only chooses a date (and, for a meeting in
 * a room, food and accessibility needs): who they are comes from their seat. Anyone signing up
 * for an activity open to all also gives the seed form's basic details.
 *
 * @param occasion the chosen occasion's id, with {@value #WAITLIST_SUFFIX} when the person
 *                 chose the queue of a full occasion
 */
public record SignUpForm(
        String occasion,
        @Size(max = 200) String name,
        @Size(max = 200) String title,
        String organisationId,
        @Size(max = 200) String organisationName,
        @Size(max = 320) String email,
        @Size(max = 40) String phone,
        @Size(max = 500) String dietaryNeeds,
        @Size(max = 500) String accessibilityNeeds,
        boolean consent,
        String submissionKey) {

    static final String WAITLIST_SUFFIX = "-vantelista";

    static SignUpForm empty(String occasion, String submissionKey) {
        return new SignUpForm(occasion, "", "", "", "", "", "", "", "", false, submissionKey);
    }

    FormErrors validate(boolean basicDetails, boolean asksNeeds, Collection<Long> openOccasions) {
        FormErrors errors = FormErrors.checking(this);
        if (occasionId() == null || !openOccasions.contains(occasionId())) {
            errors.add("occasion", "Välj vilket datum du vill komma.");
        }
        if (basicDetails) {
            if (blank(name)) {
                errors.add("name", "Skriv ditt namn.");
            }
            if (member() == null && blank(organisationName)) {
                errors.add("organisationId", "Välj din kommun eller region, eller skriv din organisations namn.");
            }
            if (!FormErrors.isEmail(email)) {
                errors.add("email", "Skriv din e-postadress, till exempel namn@kommun.se.");
            }
            if (!blank(phone) && !FormErrors.isPhone(phone)) {
                errors.add("phone", "Skriv ett svenskt telefonnummer, till exempel 08-123 456 78.");
            }
            if (!consent) {
                errors.add("consent", "Du behöver godkänna att vi behandlar dina uppgifter för att kunna anmäla dig.");
            }
        }
        if (submissionKey == null || !submissionKey.matches("[A-Za-z0-9_-]{20,64}")) {
            errors.add("form", "Formuläret är för gammalt. Kontrollera uppgifterna och skicka igen.");
        }
        return errors;
    }

    Long occasionId() {
        String id = occasion == null ? "" : occasion.strip().replace(WAITLIST_SUFFIX, "");
        return id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
    }

    boolean waitlistIfFull() {
        return occasion != null && occasion.strip().endsWith(WAITLIST_SUFFIX);
    }

    Long member() {
        return organisationId != null && organisationId.strip().matches("\\d{1,18}") ? Long.valueOf(organisationId.strip()) : null;
    }

    /** Only call on a valid form: anyone's sign-up to an activity open to all. */
    NewSignUp toPublic(boolean asksNeeds) {
        return new NewSignUp(occasionId(), email.strip().toLowerCase(Locale.ROOT), name.strip(), orNull(title), member(),
                member() == null ? orNull(organisationName) : null, null, orNull(phone),
                asksNeeds ? orNull(dietaryNeeds) : null, asksNeeds ? orNull(accessibilityNeeds) : null, submissionKey,
                waitlistIfFull());
    }

    /** Only call on a valid form: a network participant's sign-up, in the name their seat is held in. */
    NewSignUp toSeatHolder(SeatHolders.Seat seat, boolean asksNeeds) {
        return new NewSignUp(occasionId(), seat.email().strip().toLowerCase(Locale.ROOT), seat.name(), seat.title(),
                seat.organisationId(), null, seat.networkId(), null,
                asksNeeds ? orNull(dietaryNeeds) : null, asksNeeds ? orNull(accessibilityNeeds) : null, submissionKey,
                waitlistIfFull());
    }

    SignUpForm withKey(String key) {
        return new SignUpForm(occasion, name, title, organisationId, organisationName, email, phone, dietaryNeeds,
                accessibilityNeeds, consent, key);
    }
}
