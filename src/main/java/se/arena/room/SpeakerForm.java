package se.arena.room;

import jakarta.validation.constraints.Size;

import se.arena.web.FormErrors;

/** A speaker staff invite to a room, as typed. */
public record SpeakerForm(@Size(max = 200) String name, @Size(max = 320) String email) {

    FormErrors validate() {
        FormErrors errors = FormErrors.checking(this);
        if (name.isBlank()) {
            errors.add("name", "Skriv talarens namn.");
        }
        if (!FormErrors.isEmail(email)) {
            errors.add("email", "Skriv en e-postadress, till exempel namn@example.org.");
        }
        return errors;
    }
}
