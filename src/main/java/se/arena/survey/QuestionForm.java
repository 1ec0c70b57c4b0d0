package se.arena.survey;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

import se.arena.web.FormErrors;

/**
 * A question as typed on the builder, kept as text so that a refused form comes back as it was.
 *
 * @param options one answer option per line, for the choice kinds
 * @param condition the id of an earlier choice question's option, or blank to always show the question
 * @param required "ja" when ticked
 * @param dontKnow "ja" when "Vet ej" is offered
 * @param submissionKey the add form's own key, so that a double submit adds one question
 */
record QuestionForm(@Size(max = 20) String section, @Size(max = 20) String kind, @Size(max = 500) String text,
                    @Size(max = 500) String help, @Size(max = 3) String required, @Size(max = 3) String dontKnow,
                    @Size(max = 100) String scaleLow, @Size(max = 100) String scaleHigh, @Size(max = 9) String numberMin,
                    @Size(max = 9) String numberMax, @Size(max = 6200) String options, @Size(max = 20) String condition,
                    @Size(max = 64) String submissionKey) {

    static final int MAX_OPTION = 200;

    static QuestionForm empty(long sectionId, String submissionKey) {
        return new QuestionForm(Long.toString(sectionId), QuestionKind.SINGLE_CHOICE.name(), "", "", "", "", "", "", "", "", "", "",
                submissionKey);
    }

    static QuestionForm of(Question question) {
        return new QuestionForm(Long.toString(question.sectionId()), question.kind().name(), question.text(), question.help(),
                question.required() ? "ja" : "", question.allowsDontKnow() ? "ja" : "", nonNull(question.scaleLow()),
                nonNull(question.scaleHigh()), question.numberMin() == null ? "" : question.numberMin().toString(),
                question.numberMax() == null ? "" : question.numberMax().toString(),
                String.join("\n", question.options().stream().map(SurveyOption::label).toList()),
                question.conditionOptionId() == null ? "" : question.conditionOptionId().toString(), "");
    }

    /** The limits and the typing this form checks itself; the question's own rules come from {@link Question#validate}. */
    FormErrors validate() {
        FormErrors errors = FormErrors.checking(this);
        if (kindOf() == null) {
            errors.add("kind", "Välj en frågetyp.");
        }
        if (!section.matches("\\d{1,18}")) {
            errors.add("section", "Välj ett avsnitt.");
        }
        if (optionLabels().stream().anyMatch(label -> label.length() > MAX_OPTION)) {
            errors.add("options", "Ett svarsalternativ kan vara högst " + MAX_OPTION + " tecken.");
        }
        if (!numberMin.isBlank() && number(numberMin) == null) {
            errors.add("numberMin", "Skriv ett heltal, till exempel 0.");
        }
        if (!numberMax.isBlank() && number(numberMax) == null) {
            errors.add("numberMax", "Skriv ett heltal, till exempel 1000.");
        }
        if (!condition.isBlank() && !condition.matches("\\d{1,18}")) {
            errors.add("condition", "Välj villkoret i listan.");
        }
        if (!submissionKey.isEmpty() && !submissionKey.matches("[A-Za-z0-9_-]{20,64}")) {
            errors.add("text", "Formuläret är för gammalt. Ladda om sidan och skicka igen.");
        }
        return errors;
    }

    /** The question typed, with new options (id 0) in the order typed; only for a form that passed {@link #validate}. */
    Question question(long id, long sectionId, List<SurveyOption> earlierOptions, Long conditionQuestionId) {
        List<SurveyOption> typed = new ArrayList<>();
        List<String> labels = optionLabels();
        for (int i = 0; i < labels.size(); i++) {
            long optionId = i < earlierOptions.size() ? earlierOptions.get(i).id() : 0;
            typed.add(new SurveyOption(optionId, i + 1, labels.get(i)));
        }
        QuestionKind questionKind = kindOf();
        boolean scale = questionKind == QuestionKind.SCALE;
        boolean numeric = questionKind == QuestionKind.NUMBER;
        return new Question(id, sectionId, 0, questionKind, text.strip(), help.strip(), "ja".equals(required),
                "ja".equals(dontKnow), scale ? scaleLow.strip() : null, scale ? scaleHigh.strip() : null,
                numeric ? number(numberMin) : null, numeric ? number(numberMax) : null, conditionQuestionId,
                condition.isBlank() ? null : Long.valueOf(condition), typed);
    }

    long sectionId() {
        return Long.parseLong(section);
    }

    QuestionKind kindOf() {
        for (QuestionKind questionKind : QuestionKind.values()) {
            if (questionKind.name().equals(kind)) {
                return questionKind;
            }
        }
        return null;
    }

    List<String> optionLabels() {
        return options.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static Integer number(String value) {
        return value.strip().matches("-?\\d{1,8}") ? Integer.valueOf(value.strip()) : null;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
