package se.arena.activity.web;

import jakarta.validation.constraints.Size;

import se.arena.activity.Question;
import se.arena.web.FormErrors;

/** A question to the speaker as typed, with the form's own key so that a double submit asks once. */
record QuestionForm(@Size(max = Question.MAX_LENGTH) String question, String submissionKey) {

    FormErrors validate() {
        FormErrors errors = FormErrors.checking(this);
        if (question.isBlank()) {
            errors.add("question", "Skriv din fråga.");
        }
        if (!submissionKey.matches("[A-Za-z0-9_-]{20,64}")) {
            errors.add("question", "Formuläret är för gammalt. Skicka frågan igen.");
        }
        return errors;
    }
}
