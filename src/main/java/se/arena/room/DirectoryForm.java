package se.arena.room;

import jakarta.validation.constraints.Size;

import se.arena.web.FormErrors;

/** What a member chooses to show on the people page, as typed: checkboxes send "ja" when ticked. */
public record DirectoryForm(boolean showEmail, boolean showPhone, @Size(max = 40) String phone) {

    static DirectoryForm of(DirectoryChoice choice, String phone) {
        return new DirectoryForm(choice.showEmail(), choice.showPhone(), phone == null ? "" : phone);
    }

    /** The number is checked only when it is to be shown: one that is not is not kept either. */
    FormErrors validate() {
        FormErrors errors = FormErrors.checking(this);
        if (errors.isEmpty() && showPhone && phone.isBlank()) {
            errors.add("phone", "Skriv det telefonnummer du vill visa, eller välj att inte visa något telefonnummer.");
        } else if (errors.isEmpty() && showPhone && !FormErrors.isPhone(phone)) {
            errors.add("phone", "Skriv ett svenskt telefonnummer, till exempel 070-123 45 67 eller +46 70 123 45 67.");
        }
        return errors;
    }

    DirectoryChoice choice() {
        return new DirectoryChoice(showEmail, showPhone, showPhone ? phone.strip() : null);
    }
}
