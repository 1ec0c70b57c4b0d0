package se.arena.survey;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.arena.ConditionalOnDemoContent;
import se.arena.DemoContentLedger;
import se.arena.SecretTokens;
import se.arena.privacy.Actor;
import se.arena.web.FormErrors;

/**
 * A draft mapping survey with two sections and a question of each kind, one of them shown only on
 * an earlier answer, built through the same builder and rules as staff use, so that the builder
 * and its preview have something to show.
 */
@Component
@Order(160)
@ConditionalOnDemoContent
class SurveyDemoContent implements ApplicationRunner {

    static final String TITLE = "Kartläggning av samverkan med civilsamhället";
    private static final Logger log = LoggerFactory.getLogger(SurveyDemoContent.class);

    private final SurveyBuilder builder;
    private final DemoContentLedger ledger;

    SurveyDemoContent(SurveyBuilder builder, DemoContentLedger ledger) {
        this.builder = builder;
        this.ledger = ledger;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (ledger.loadOnce("survey-builder", this::build)) {
            log.info("Demo content: the draft survey {}", TITLE);
        }
    }

    private void build() {
        long id = builder.create(new SurveyForm(TITLE, "Vi vill veta hur kommuner och regioner samverkar med det civila samhället i dag. "
                + "Svaren redovisas bara sammanställda.", Survey.Audience.ORGANISATION.name(), "", "", SecretTokens.newToken()),
                Actor.system()).id();
        SurveyContent content = content(id);
        builder.addSection(content, new SectionForm("Om er organisation", SecretTokens.newToken()));
        builder.addSection(content(id), new SectionForm("Samverkan i praktiken", SecretTokens.newToken()));
        content = content(id);
        long first = content.sections().get(0).id();
        long second = content.sections().get(1).id();
        add(id, question(first, "SINGLE_CHOICE", "Har ni en överenskommelse om samverkan med civilsamhället?", "ja", "ja",
                "", "", "", "", "Ja\nNej\nUnder arbete", ""));
        long yes = content(id).questions().getFirst().options().getFirst().id();
        add(id, question(first, "FREE_TEXT", "Beskriv kort vad överenskommelsen omfattar.", "", "", "", "", "", "",
                "", Long.toString(yes)));
        add(id, question(first, "NUMBER", "Med hur många föreningar har ni löpande kontakt?", "", "ja", "", "", "0", "10000", "", ""));
        add(id, question(second, "SCALE", "Hur väl fungerar samverkan med civilsamhället i dag?", "ja", "ja", "Mycket dåligt",
                "Mycket bra", "", "", "", ""));
        add(id, question(second, "MULTIPLE_CHOICE", "Inom vilka områden samverkar ni?", "", "", "", "", "", "",
                "Social omsorg\nKultur och fritid\nIntegration\nFolkhälsa", ""));
    }

    private void add(long surveyId, QuestionForm form) {
        FormErrors errors = builder.saveQuestion(content(surveyId), null, form);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("The demo survey's question is refused: " + errors.asMap());
        }
    }

    private SurveyContent content(long id) {
        return builder.content(id).orElseThrow();
    }

    private static QuestionForm question(long section, String kind, String text, String required, String dontKnow, String low, String high,
                                         String min, String max, String options, String condition) {
        return new QuestionForm(Long.toString(section), kind, text, "", required, dontKnow, low, high, min, max, options, condition,
                SecretTokens.newToken());
    }
}
