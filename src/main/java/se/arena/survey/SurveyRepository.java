package se.arena.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import se.arena.Paged;

@Repository
class SurveyRepository {

    /** A survey with its target's title and its number of questions, as every page shows it. */
    private static final String SELECT_SURVEY = """
            SELECT s.id, s.title, s.intro, s.audience, s.network_id, s.activity_id, COALESCE(n.title, a.title) AS target,
                   s.closes_at, s.status, s.created_by, s.created_at,
                   (SELECT count(*) FROM survey_question q WHERE q.survey_id = s.id) AS question_count
            FROM survey s
            LEFT JOIN network n ON n.id = s.network_id
            LEFT JOIN activity a ON a.id = s.activity_id
            """;

    private final JdbcClient jdbc;

    SurveyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A network or activity a survey may ask the participants of, as the create form lists them. */
    record Target(String value, String label) {
    }

    Paged<Survey> search(Survey.Status status, int page, int pageSize) {
        String where = status == null ? "" : "WHERE s.status = :status ";
        long total = jdbc.sql("SELECT count(*) FROM survey s " + where).params(statusParam(status)).query(Long.class).single();
        int shownPage = Paged.clamp(page, total, pageSize);
        List<Survey> items = jdbc.sql(SELECT_SURVEY + where + "ORDER BY s.created_at DESC, s.id DESC LIMIT :limit OFFSET :offset")
                .params(statusParam(status)).param("limit", pageSize).param("offset", Paged.firstRow(shownPage, pageSize))
                .query(SurveyRepository::survey).list();
        return new Paged<>(items, shownPage, pageSize, total);
    }

    List<Survey> all(Survey.Status status) {
        String where = status == null ? "" : "WHERE s.status = :status ";
        return jdbc.sql(SELECT_SURVEY + where + "ORDER BY s.created_at DESC, s.id DESC").params(statusParam(status))
                .query(SurveyRepository::survey).list();
    }

    Optional<Survey> find(long id) {
        return jdbc.sql(SELECT_SURVEY + "WHERE s.id = :id").param("id", id).query(SurveyRepository::survey).optional();
    }

    Optional<Long> findBySubmissionKey(String key) {
        return jdbc.sql("SELECT id FROM survey WHERE submission_key = :key").param("key", key).query(Long.class).optional();
    }

    /** The networks and activities a survey may target, newest first; the value names the kind and the id. */
    List<Target> targets() {
        List<Target> targets = new ArrayList<>(jdbc.sql("SELECT id, title FROM network ORDER BY id DESC")
                .query((rs, row) -> new Target("natverk-" + rs.getLong("id"), "Nätverk: " + rs.getString("title"))).list());
        targets.addAll(jdbc.sql("SELECT id, title FROM activity ORDER BY id DESC")
                .query((rs, row) -> new Target("aktivitet-" + rs.getLong("id"), "Aktivitet: " + rs.getString("title"))).list());
        return targets;
    }

    /** @return the new survey's id, or empty when the submission key made one already */
    Optional<Long> insertOnce(String title, String intro, Survey.Audience audience, Long networkId, Long activityId, Instant closesAt,
                              String submissionKey, String createdBy, Instant now) {
        int inserted = jdbc.sql("""
                        INSERT INTO survey (title, intro, audience, network_id, activity_id, closes_at, status, submission_key, created_by,
                            created_at)
                        SELECT :title, :intro, :audience, :network, :activity, :closes, 'DRAFT', :key, :by, :now
                        WHERE NOT EXISTS (SELECT 1 FROM survey WHERE submission_key = :key)
                        """)
                .param("title", title).param("intro", intro).param("audience", audience.name())
                .param("network", networkId, Types.BIGINT).param("activity", activityId, Types.BIGINT)
                .param("closes", utc(closesAt), Types.TIMESTAMP_WITH_TIMEZONE).param("key", submissionKey).param("by", createdBy)
                .param("now", utc(now)).update();
        return inserted == 0 ? Optional.empty() : findBySubmissionKey(submissionKey);
    }

    /** Changes a draft's details; false when it is no longer a draft. */
    boolean updateDetails(long id, String title, String intro, Survey.Audience audience, Long networkId, Long activityId, Instant closesAt) {
        return jdbc.sql("""
                        UPDATE survey SET title = :title, intro = :intro, audience = :audience, network_id = :network, activity_id = :activity,
                            closes_at = :closes
                        WHERE id = :id AND status = 'DRAFT'
                        """)
                .param("title", title).param("intro", intro).param("audience", audience.name())
                .param("network", networkId, Types.BIGINT).param("activity", activityId, Types.BIGINT)
                .param("closes", utc(closesAt), Types.TIMESTAMP_WITH_TIMEZONE).param("id", id).update() == 1;
    }

    boolean targetExists(Long networkId, Long activityId) {
        if (networkId != null) {
            return jdbc.sql("SELECT count(*) FROM network WHERE id = :id").param("id", networkId).query(Long.class).single() > 0;
        }
        return activityId == null
                || jdbc.sql("SELECT count(*) FROM activity WHERE id = :id").param("id", activityId).query(Long.class).single() > 0;
    }

    /** Moves the survey on from the status named; false when it was not in it (two staff at once, say). */
    boolean changeStatus(long id, Survey.Status from, Survey.Status to) {
        return jdbc.sql("UPDATE survey SET status = :to WHERE id = :id AND status = :from")
                .param("to", to.name()).param("id", id).param("from", from.name()).update() == 1;
    }

    /** The survey's sections with their questions and options, in order. */
    List<Section> sections(long surveyId) {
        Map<Long, List<SurveyOption>> options = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT o.id, o.question_id, o.position, o.label FROM survey_option o
                        JOIN survey_question q ON q.id = o.question_id WHERE q.survey_id = :survey ORDER BY o.question_id, o.position, o.id
                        """)
                .param("survey", surveyId)
                .query(rs -> {
                    options.computeIfAbsent(rs.getLong("question_id"), id -> new ArrayList<>())
                            .add(new SurveyOption(rs.getLong("id"), rs.getInt("position"), rs.getString("label")));
                });
        Map<Long, List<Question>> questions = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM survey_question WHERE survey_id = :survey ORDER BY section_id, position, id")
                .param("survey", surveyId)
                .query(rs -> {
                    long id = rs.getLong("id");
                    questions.computeIfAbsent(rs.getLong("section_id"), section -> new ArrayList<>())
                            .add(new Question(id, rs.getLong("section_id"), rs.getInt("position"), QuestionKind.valueOf(rs.getString("kind")),
                                    rs.getString("text"), rs.getString("help"), rs.getBoolean("required"), rs.getBoolean("allows_dont_know"),
                                    rs.getString("scale_low"), rs.getString("scale_high"), integer(rs, "number_min"),
                                    integer(rs, "number_max"), longOrNull(rs, "condition_question_id"),
                                    longOrNull(rs, "condition_option_id"), options.getOrDefault(id, List.of())));
                });
        return jdbc.sql("SELECT id, position, title FROM survey_section WHERE survey_id = :survey ORDER BY position, id")
                .param("survey", surveyId)
                .query((rs, row) -> new Section(rs.getLong("id"), rs.getInt("position"), rs.getString("title"),
                        questions.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /** @param submissionKey the add form's key, or null for a copy; a used key adds nothing */
    void insertSectionOnce(long surveyId, String title, String submissionKey) {
        jdbc.sql("""
                        INSERT INTO survey_section (survey_id, position, title, submission_key)
                        SELECT :survey, COALESCE((SELECT max(position) FROM survey_section WHERE survey_id = :survey), 0) + 1, :title, :key
                        WHERE :key IS NULL OR NOT EXISTS (SELECT 1 FROM survey_section WHERE submission_key = :key)
                        """)
                .param("survey", surveyId).param("title", title).param("key", submissionKey, Types.VARCHAR).update();
    }

    /** The section added last, for a copy that goes on to add its questions. */
    long lastSection(long surveyId) {
        return jdbc.sql("SELECT max(id) FROM survey_section WHERE survey_id = :survey").param("survey", surveyId).query(Long.class).single();
    }

    /**
     * Adds the question last in its section with its options.
     *
     * @return the new question's id, or empty when the submission key added it already
     */
    Optional<Long> insertQuestionOnce(long surveyId, Question question, String submissionKey) {
        if (submissionKey != null && jdbc.sql("SELECT count(*) FROM survey_question WHERE submission_key = :key")
                .param("key", submissionKey).query(Long.class).single() > 0) {
            return Optional.empty();
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO survey_question (survey_id, section_id, position, kind, text, help, required, allows_dont_know, scale_low,
                            scale_high, number_min, number_max, condition_question_id, condition_option_id, submission_key)
                        VALUES (:survey, :section,
                            COALESCE((SELECT max(position) FROM survey_question WHERE section_id = :section), 0) + 1, :kind, :text, :help,
                            :required, :dontKnow, :low, :high, :min, :max, :conditionQuestion, :conditionOption, :key)
                        """)
                .paramSource(questionParams(question).addValue("survey", surveyId).addValue("section", question.sectionId())
                        .addValue("key", submissionKey, Types.VARCHAR))
                .update(key, "id");
        long id = key.getKey().longValue();
        question.options().forEach(option -> insertOption(id, option));
        return Optional.of(id);
    }

    /** Stores the question's text and rules; its options keep their ids by position, new ones are added and extra ones removed. */
    void updateQuestion(Question question, List<SurveyOption> before) {
        jdbc.sql("""
                        UPDATE survey_question SET kind = :kind, text = :text, help = :help, required = :required, allows_dont_know = :dontKnow,
                            scale_low = :low, scale_high = :high, number_min = :min, number_max = :max,
                            condition_question_id = :conditionQuestion, condition_option_id = :conditionOption
                        WHERE id = :id
                        """)
                .paramSource(questionParams(question).addValue("id", question.id())).update();
        for (SurveyOption option : question.options()) {
            if (option.id() == 0) {
                insertOption(question.id(), option);
            } else {
                jdbc.sql("UPDATE survey_option SET label = :label WHERE id = :id").param("label", option.label()).param("id", option.id())
                        .update();
            }
        }
        before.stream().skip(question.options().size()).forEach(option ->
                jdbc.sql("DELETE FROM survey_option WHERE id = :id").param("id", option.id()).update());
    }

    void deleteQuestion(long surveyId, long questionId) {
        jdbc.sql("DELETE FROM survey_question WHERE id = :id AND survey_id = :survey").param("id", questionId).param("survey", surveyId)
                .update();
    }

    void deleteSection(long surveyId, long sectionId) {
        jdbc.sql("DELETE FROM survey_question WHERE section_id = :id AND survey_id = :survey").param("id", sectionId)
                .param("survey", surveyId).update();
        jdbc.sql("DELETE FROM survey_section WHERE id = :id AND survey_id = :survey").param("id", sectionId).param("survey", surveyId)
                .update();
    }

    void placeQuestion(long questionId, int position) {
        jdbc.sql("UPDATE survey_question SET position = :position WHERE id = :id").param("position", position).param("id", questionId)
                .update();
    }

    void placeSection(long sectionId, int position) {
        jdbc.sql("UPDATE survey_section SET position = :position WHERE id = :id").param("position", position).param("id", sectionId)
                .update();
    }

    /** The option ids of a question as stored, in order, for a copy to remap its conditions. */
    List<Long> optionIds(long questionId) {
        return jdbc.sql("SELECT id FROM survey_option WHERE question_id = :question ORDER BY position, id").param("question", questionId)
                .query(Long.class).list();
    }

    private void insertOption(long questionId, SurveyOption option) {
        jdbc.sql("""
                        INSERT INTO survey_option (question_id, position, label)
                        VALUES (:question, :position, :label)
                        """)
                .param("question", questionId).param("position", option.position()).param("label", option.label()).update();
    }

    private static MapSqlParameterSource questionParams(Question question) {
        return new MapSqlParameterSource()
                .addValue("kind", question.kind().name()).addValue("text", question.text()).addValue("help", question.help())
                .addValue("required", question.required()).addValue("dontKnow", question.allowsDontKnow())
                .addValue("low", question.scaleLow(), Types.VARCHAR).addValue("high", question.scaleHigh(), Types.VARCHAR)
                .addValue("min", question.numberMin(), Types.INTEGER).addValue("max", question.numberMax(), Types.INTEGER)
                .addValue("conditionQuestion", question.conditionQuestionId(), Types.BIGINT)
                .addValue("conditionOption", question.conditionOptionId(), Types.BIGINT);
    }

    private static Map<String, Object> statusParam(Survey.Status status) {
        return status == null ? Map.of() : Map.of("status", status.name());
    }

    private static Survey survey(ResultSet rs, int row) throws SQLException {
        return new Survey(rs.getLong("id"), rs.getString("title"), rs.getString("intro"), Survey.Audience.valueOf(rs.getString("audience")),
                longOrNull(rs, "network_id"), longOrNull(rs, "activity_id"), rs.getString("target"), instant(rs, "closes_at"),
                Survey.Status.valueOf(rs.getString("status")), rs.getString("created_by"), instant(rs, "created_at"),
                rs.getInt("question_count"));
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The PostgreSQL driver takes OffsetDateTime but not Instant for timestamp with time zone. */
    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
