package se.arena.survey;

import java.util.ArrayList;
import java.util.List;

/** A survey with its sections and questions, in the order a respondent meets them. */
record SurveyContent(Survey survey, List<Section> sections) {

    SurveyContent {
        sections = List.copyOf(sections);
    }

    public List<Question> questions() {
        return sections.stream().flatMap(section -> section.questions().stream()).toList();
    }

    /** The questions before the one named (all of them for a question not yet in the survey, placed last in its section). */
    List<Question> before(long sectionId, Long questionId) {
        List<Question> earlier = new ArrayList<>();
        for (Section section : sections) {
            for (Question question : section.questions()) {
                if (questionId != null && question.id() == questionId) {
                    return earlier;
                }
                earlier.add(question);
            }
            if (questionId == null && section.id() == sectionId) {
                return earlier;
            }
        }
        return earlier;
    }

    /** Whether every condition still names an option of an earlier choice question (after a move, say). */
    boolean conditionsPointBack() {
        List<Question> all = questions();
        for (int i = 0; i < all.size(); i++) {
            Question question = all.get(i);
            if (question.isConditional() && question.conditionSource(all.subList(0, i)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    public String conditionText(Question question) {
        return question.conditionText(questions()).orElse("");
    }
}
