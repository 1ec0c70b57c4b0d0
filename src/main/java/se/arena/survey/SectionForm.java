package se.arena.survey;

import jakarta.validation.constraints.Size;

import se.arena.web.FormErrors;

/** A new section's title as typed. */
record SectionForm(@Size(max = 200) String sectionTitle, @Size(max = 64) String submissionKey) {

    FormErrors validate() {
        FormErrors errors = FormErrors.checking(this);
        if (sectionTitle.isBlank()) {
            errors.add("sectionTitle", "Skriv avsnittets rubrik.");
        }
        if (!submissionKey.matches("[A-Za-z0-9_-]{20,64}")) {
            errors.add("sectionTitle", "Formuläret är för gammalt. Ladda om sidan och skicka igen.");
        }
        return errors;
    }
}
