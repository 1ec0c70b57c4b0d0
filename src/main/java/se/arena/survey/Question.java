package se.arena.survey;

import java.util.List;
import java.util.Optional;

import se.arena.web.FormErrors;

/**
 * A question of a survey with its options and its condition.
 *
 * @param conditionQuestionId the earlier choice question whose answer shows this one, or null to always show it
 * @param conditionOptionId the option of that question that must be chosen
 */
record Question(long id, long sectionId, int position, QuestionKind kind, String text, String help, boolean required,
                boolean allowsDontKnow, String scaleLow, String scaleHigh, Integer numberMin, Integer numberMax,
                Long conditionQuestionId, Long conditionOptionId, List<SurveyOption> options) {

    static final int MAX_OPTIONS = 30;

    Question {
        options = List.copyOf(options);
    }

    boolean isConditional() {
        return conditionOptionId != null;
    }

    /**
     * The question's rules, under the names of the question form's fields.
     *
     * @param earlier the questions before this one in the survey (sections in order, then positions)
     */
    FormErrors validate(List<Question> earlier) {
        FormErrors errors = new FormErrors();
        if (text.isBlank()) {
            errors.add("text", "Skriv frågan.");
        }
        if (kind.isChoice()) {
            if (options.size() < 2) {
                errors.add("options", "En flervalsfråga behöver minst två svarsalternativ, ett per rad.");
            } else if (options.size() > MAX_OPTIONS) {
                errors.add("options", "En fråga kan ha högst " + MAX_OPTIONS + " svarsalternativ.");
            } else if (options.stream().map(option -> option.label().strip().toLowerCase()).distinct().count() < options.size()) {
                errors.add("options", "Två svarsalternativ har samma text. Skriv varje alternativ en gång.");
            }
        } else if (!options.isEmpty()) {
            errors.add("options", "Bara frågor med ett eller flera val har svarsalternativ. Töm fältet eller byt frågetyp.");
        }
        if (kind == QuestionKind.SCALE && (blank(scaleLow) || blank(scaleHigh))) {
            errors.add(blank(scaleLow) ? "scaleLow" : "scaleHigh", "En skalfråga behöver en text för 1 och en för 5, till exempel "
                    + "”Instämmer inte alls” och ”Instämmer helt”.");
        }
        if (kind == QuestionKind.NUMBER && numberMin != null && numberMax != null && numberMin > numberMax) {
            errors.add("numberMax", "Det största talet måste vara minst lika stort som det minsta.");
        }
        if (conditionOptionId != null && conditionSource(earlier).isEmpty()) {
            errors.add("condition", "Villkoret måste gälla ett svarsalternativ i en tidigare fråga med ett eller flera val.");
        }
        return errors;
    }

    /** The earlier choice question holding this question's condition option, if it is one. */
    Optional<Question> conditionSource(List<Question> earlier) {
        if (conditionOptionId == null) {
            return Optional.empty();
        }
        return earlier.stream()
                .filter(question -> question.kind().isChoice() && question.id() != id)
                .filter(question -> question.options().stream().anyMatch(option -> option.id() == conditionOptionId))
                .findFirst();
    }

    /** The label of the option this question's condition names, for "Visas om …". */
    Optional<String> conditionText(List<Question> all) {
        if (conditionOptionId == null) {
            return Optional.empty();
        }
        return all.stream().filter(question -> question.id() == conditionQuestionId).findFirst()
                .flatMap(question -> question.options().stream().filter(option -> option.id() == conditionOptionId).findFirst()
                        .map(option -> "Visas om ”" + option.label() + "” är valt på frågan ”" + question.text() + "”."));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
