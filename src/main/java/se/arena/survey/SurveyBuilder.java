package se.arena.survey;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arena.Paged;
import se.arena.privacy.Actor;
import se.arena.privacy.AuditEvent;
import se.arena.privacy.AuditLog;
import se.arena.web.FormErrors;

/**
 * Staff build a survey: sections, questions with options and conditions, and its life from draft
 * to open to closed. Only a draft changes, so no answer is ever given to a question that later
 * changed under it.
 */
@Service
class SurveyBuilder {

    static final String NOT_A_DRAFT = "Enkäten är inte längre ett utkast och kan inte ändras. Kopiera den för att göra en ny version.";

    private final SurveyRepository surveys;
    private final AuditLog audit;
    private final Clock clock;

    SurveyBuilder(SurveyRepository surveys, AuditLog audit, Clock clock) {
        this.surveys = surveys;
        this.audit = audit;
        this.clock = clock;
    }

    Paged<Survey> search(Survey.Status status, int page, int pageSize) {
        return surveys.search(status, page, pageSize);
    }

    List<Survey> all(Survey.Status status) {
        return surveys.all(status);
    }

    Optional<SurveyContent> content(long surveyId) {
        return surveys.find(surveyId).map(survey -> new SurveyContent(survey, surveys.sections(surveyId)));
    }

    List<SurveyRepository.Target> targets() {
        return surveys.targets();
    }

    /** Validates and creates the survey as a draft; a double submit finds the one made. */
    @Transactional
    Creation create(SurveyForm form, Actor staff) {
        FormErrors errors = checked(form);
        if (!errors.isEmpty()) {
            return new Creation(null, errors);
        }
        Optional<Long> earlier = surveys.findBySubmissionKey(form.submissionKey());
        if (earlier.isPresent()) {
            return new Creation(earlier.get(), errors);
        }
        long id = surveys.insertOnce(form.title().strip(), form.intro().strip(), form.audienceKind(), form.networkId(), form.activityId(),
                form.closesAt(), form.submissionKey(), staff.label(), clock.instant()).orElseThrow();
        audit.record(new AuditEvent(staff, "SURVEY_CREATED", "survey", Long.toString(id), form.title().strip()));
        return new Creation(id, errors);
    }

    /** Changes a draft's title, introduction, audience, target and last day. */
    @Transactional
    FormErrors changeDetails(SurveyContent content, SurveyForm form) {
        FormErrors errors = checked(form);
        if (errors.isEmpty() && !surveys.updateDetails(content.survey().id(), form.title().strip(), form.intro().strip(),
                form.audienceKind(), form.networkId(), form.activityId(), form.closesAt())) {
            errors.add("title", NOT_A_DRAFT);
        }
        return errors;
    }

    private FormErrors checked(SurveyForm form) {
        FormErrors errors = form.validate(clock.instant());
        if (errors.isEmpty() && !surveys.targetExists(form.networkId(), form.activityId())) {
            errors.add("target", "Nätverket eller aktiviteten finns inte längre. Välj en annan.");
        }
        return errors;
    }

    /** @param id the survey made (or found), or null when the form was refused */
    record Creation(Long id, FormErrors errors) {
    }

    @Transactional
    Optional<String> addSection(SurveyContent content, SectionForm form) {
        if (!content.survey().isDraft()) {
            return Optional.of(NOT_A_DRAFT);
        }
        surveys.insertSectionOnce(content.survey().id(), form.sectionTitle().strip(), form.submissionKey());
        return Optional.empty();
    }

    /**
     * Saves a new question (questionId null) or changes one; the errors are under the question
     * form's field names and nothing is stored when there are any.
     */
    @Transactional
    FormErrors saveQuestion(SurveyContent content, Long questionId, QuestionForm form) {
        FormErrors errors = form.validate();
        if (!content.survey().isDraft()) {
            errors.add("text", NOT_A_DRAFT);
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        Optional<Question> existing = questionId == null ? Optional.empty()
                : content.questions().stream().filter(question -> question.id() == questionId).findFirst();
        long sectionId = existing.map(Question::sectionId).orElse(form.sectionId());
        if (content.sections().stream().noneMatch(section -> section.id() == sectionId)) {
            return errors.add("section", "Välj ett av enkätens avsnitt.");
        }
        List<Question> earlier = content.before(sectionId, questionId);
        List<SurveyOption> before = existing.map(Question::options).orElse(List.of());
        long id = questionId == null ? 0 : questionId;
        // the form names only the option; the question it belongs to is found among the earlier ones
        Long conditionQuestion = form.question(id, sectionId, before, null).conditionSource(earlier).map(Question::id).orElse(null);
        Question typed = form.question(id, sectionId, before, conditionQuestion);
        FormErrors rules = typed.validate(earlier);
        rules.asMap().forEach(errors::add);
        if (existing.isPresent() && errors.isEmpty()) {
            Set<Long> kept = typed.options().stream().map(SurveyOption::id).collect(Collectors.toSet());
            boolean conditionLost = content.questions().stream()
                    .anyMatch(later -> later.isConditional() && later.conditionQuestionId() == (long) questionId
                            && !kept.contains(later.conditionOptionId()));
            if (conditionLost) {
                errors.add("options", "Ett svarsalternativ som tas bort är villkor för en senare fråga. Ändra den frågans villkor först.");
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        if (existing.isPresent()) {
            surveys.updateQuestion(typed, before);
        } else {
            surveys.insertQuestionOnce(content.survey().id(), typed, form.submissionKey());
        }
        return errors;
    }

    @Transactional
    Optional<String> removeQuestion(SurveyContent content, long questionId) {
        if (!content.survey().isDraft()) {
            return Optional.of(NOT_A_DRAFT);
        }
        if (content.questions().stream().anyMatch(question -> question.isConditional() && question.conditionQuestionId() == questionId)) {
            return Optional.of("Frågan är villkor för en senare fråga. Ta bort eller ändra den frågans villkor först.");
        }
        surveys.deleteQuestion(content.survey().id(), questionId);
        return Optional.empty();
    }

    @Transactional
    Optional<String> removeSection(SurveyContent content, long sectionId) {
        if (!content.survey().isDraft()) {
            return Optional.of(NOT_A_DRAFT);
        }
        Set<Long> removed = content.sections().stream().filter(section -> section.id() == sectionId)
                .flatMap(section -> section.questions().stream()).map(Question::id).collect(Collectors.toSet());
        if (content.questions().stream().anyMatch(question -> !removed.contains(question.id()) && question.isConditional()
                && removed.contains(question.conditionQuestionId()))) {
            return Optional.of("En fråga i avsnittet är villkor för en fråga i ett annat avsnitt. Ändra den frågans villkor först.");
        }
        surveys.deleteSection(content.survey().id(), sectionId);
        return Optional.empty();
    }

    /** Moves a question one step up or down within its section, unless a condition would then point forward. */
    @Transactional
    Optional<String> moveQuestion(SurveyContent content, long questionId, boolean up) {
        if (!content.survey().isDraft()) {
            return Optional.of(NOT_A_DRAFT);
        }
        List<Section> sections = new ArrayList<>();
        List<Question> moved = null;
        for (Section section : content.sections()) {
            List<Question> questions = new ArrayList<>(section.questions());
            int index = questions.stream().map(Question::id).toList().indexOf(questionId);
            int other = up ? index - 1 : index + 1;
            if (index >= 0 && other >= 0 && other < questions.size()) {
                questions.add(other, questions.remove(index));
                moved = questions;
            }
            sections.add(new Section(section.id(), section.position(), section.title(), questions));
        }
        if (moved == null) {
            return Optional.empty();
        }
        if (!new SurveyContent(content.survey(), sections).conditionsPointBack()) {
            return Optional.of("Frågan kan inte flyttas dit: ett villkor måste gälla en fråga som kommer före.");
        }
        for (int i = 0; i < moved.size(); i++) {
            surveys.placeQuestion(moved.get(i).id(), i + 1);
        }
        return Optional.empty();
    }

    /** Moves a section one step up or down, unless a condition would then point forward. */
    @Transactional
    Optional<String> moveSection(SurveyContent content, long sectionId, boolean up) {
        if (!content.survey().isDraft()) {
            return Optional.of(NOT_A_DRAFT);
        }
        List<Section> sections = new ArrayList<>(content.sections());
        int index = sections.stream().map(Section::id).toList().indexOf(sectionId);
        int other = up ? index - 1 : index + 1;
        if (index < 0 || other < 0 || other >= sections.size()) {
            return Optional.empty();
        }
        sections.add(other, sections.remove(index));
        if (!new SurveyContent(content.survey(), sections).conditionsPointBack()) {
            return Optional.of("Avsnittet kan inte flyttas dit: ett villkor måste gälla en fråga som kommer före.");
        }
        for (int i = 0; i < sections.size(); i++) {
            surveys.placeSection(sections.get(i).id(), i + 1);
        }
        return Optional.empty();
    }

    /**
     * Copies the survey as a new draft "Kopia av …" with its sections, questions, options and
     * conditions, the conditions pointing at the copy's own options.
     */
    @Transactional
    long duplicate(SurveyContent content, String submissionKey, Actor staff) {
        Optional<Long> earlier = surveys.findBySubmissionKey(submissionKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Survey source = content.survey();
        String title = ("Kopia av " + source.title());
        title = title.length() > 200 ? title.substring(0, 200) : title;
        long copy = surveys.insertOnce(title, source.intro(), source.audience(), source.networkId(), source.activityId(),
                source.closesAt() != null && source.closesAt().isAfter(clock.instant()) ? source.closesAt() : null,
                submissionKey, staff.label(), clock.instant()).orElseThrow();
        Map<Long, Long> questionIds = new HashMap<>();
        Map<Long, Long> optionIds = new HashMap<>();
        for (Section section : content.sections()) {
            surveys.insertSectionOnce(copy, section.title(), null);
            long sectionCopy = surveys.lastSection(copy);
            for (Question question : section.questions()) {
                Question copied = new Question(0, sectionCopy, 0, question.kind(), question.text(), question.help(), question.required(),
                        question.allowsDontKnow(), question.scaleLow(), question.scaleHigh(), question.numberMin(), question.numberMax(),
                        question.conditionQuestionId() == null ? null : questionIds.get(question.conditionQuestionId()),
                        question.conditionOptionId() == null ? null : optionIds.get(question.conditionOptionId()), question.options());
                long id = surveys.insertQuestionOnce(copy, copied, null).orElseThrow();
                questionIds.put(question.id(), id);
                List<Long> newOptions = surveys.optionIds(id);
                for (int i = 0; i < question.options().size(); i++) {
                    optionIds.put(question.options().get(i).id(), newOptions.get(i));
                }
            }
        }
        audit.record(new AuditEvent(staff, "SURVEY_DUPLICATED", "survey", Long.toString(copy), "Kopia av enkät " + source.id()));
        return copy;
    }

    /** Opens a draft for answers: refused when it has no question or its closing date has passed. */
    @Transactional
    Optional<String> open(SurveyContent content, Actor staff) {
        Survey survey = content.survey();
        if (!survey.isDraft()) {
            return Optional.of("Bara ett utkast kan öppnas.");
        }
        if (content.questions().isEmpty()) {
            return Optional.of("Enkäten har inga frågor. Lägg till minst en fråga innan du öppnar den.");
        }
        if (survey.closesAt() != null && !survey.closesAt().isAfter(clock.instant())) {
            return Optional.of("Enkätens sista svarsdag har redan varit.");
        }
        if (!surveys.changeStatus(survey.id(), Survey.Status.DRAFT, Survey.Status.OPEN)) {
            return Optional.of("Bara ett utkast kan öppnas.");
        }
        audit.record(new AuditEvent(staff, "SURVEY_OPENED", "survey", Long.toString(survey.id()), survey.title()));
        return Optional.empty();
    }

    @Transactional
    Optional<String> close(SurveyContent content, Actor staff) {
        Survey survey = content.survey();
        if (!surveys.changeStatus(survey.id(), Survey.Status.OPEN, Survey.Status.CLOSED)) {
            return Optional.of("Bara en öppen enkät kan stängas.");
        }
        audit.record(new AuditEvent(staff, "SURVEY_CLOSED", "survey", Long.toString(survey.id()), survey.title()));
        return Optional.empty();
    }
}
