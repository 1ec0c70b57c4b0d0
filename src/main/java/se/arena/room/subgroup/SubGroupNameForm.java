package se.arena.room.subgroup;

import jakarta.validation.constraints.Size;

import se.arena.web.FormErrors;

/** A sub-group's new name as typed; the limit is the column's (room_subgroup.name). */
public record SubGroupNameForm(@Size(max = 200) String name) {

    FormErrors validate() {
        FormErrors errors = FormErrors.checking(this);
        if (name == null || name.isBlank()) {
            errors.add("name", "Skriv ett namn på gruppen, till exempel Norra länen.");
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            errors.add("name", "Ta bort radbrytningar och andra osynliga tecken.");
        }
        return errors;
    }
}
