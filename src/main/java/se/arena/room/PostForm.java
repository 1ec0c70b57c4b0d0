package se.arena.room;

import jakarta.validation.constraints.Size;

import se.arena.web.FormErrors;

/** A reply or an edited post as typed, with the form's own key so that a double submit posts once. */
public record PostForm(@Size(max = Post.MAX_LENGTH) String body, String submissionKey) {

    FormErrors validate() {
        FormErrors errors = FormErrors.checking(this);
        if (body.isBlank()) {
            errors.add("body", "Skriv ett inlägg.");
        }
        checkKey(submissionKey, errors, "body");
        return errors;
    }

    static void checkKey(String submissionKey, FormErrors errors, String field) {
        if (!submissionKey.matches("[A-Za-z0-9_-]{20,64}")) {
            errors.add(field, "Formuläret är för gammalt. Skicka det igen.");
        }
    }
}
