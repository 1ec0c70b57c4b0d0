package se.arena.survey.feedback;

import jakarta.validation.constraints.Size;

import se.arena.web.FormErrors;

/**
 * An answer as sent: yes or no ("ja", "nej") and, after a no, "Vad saknade du?", which is optional.
 *
 * @param svar      "ja" or "nej"
 * @param kommentar what was missing, as typed; kept only with a no
 */
public record AnswerForm(String svar, @Size(max = AnswerForm.MAX_COMMENT) String kommentar) {

    static final int MAX_COMMENT = 1000;

    public AnswerForm {
        kommentar = kommentar == null ? "" : kommentar;
    }

    /** Whether the answer is one of the two; anything else is no answer from the page's form. */
    boolean isAnswer() {
        return "ja".equals(svar) || "nej".equals(svar);
    }

    public boolean helpful() {
        return "ja".equals(svar);
    }

    FormErrors validate() {
        return FormErrors.checking(this);
    }

    /** The comment to store: none after a yes, and none when left empty. */
    String comment() {
        return helpful() || kommentar.isBlank() ? null : kommentar.strip();
    }
}
