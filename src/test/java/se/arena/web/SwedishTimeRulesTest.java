package se.arena.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times reach people only through {@link SwedishTime}: Thymeleaf's own date helpers and Java's
 * own formatters write an {@link Instant} in the JVM's zone, which is UTC on servers and in CI.
 * These rules fail on a template or a class that writes a time another way; each is shown to fail
 * on such a mistake, so that passing means something.
 */
class SwedishTimeRulesTest {

    /** Thymeleaf's helpers that format in the JVM's zone (an Instant) or the server's calendar. */
    private static final Pattern THYMELEAF_TIME_HELPER = Pattern.compile("#(temporals|dates|calendars)\\.");

    private static final ArchRule ONLY_SWEDISH_TIME_WRITES_TIMES = noClasses()
            .that().doNotHaveFullyQualifiedName(SwedishTime.class.getName())
            .should().callMethod(Instant.class, "toString")
            .orShould().callMethod(DateTimeFormatter.class, "ofPattern", String.class)
            .orShould().callMethod(DateTimeFormatter.class, "ofPattern", String.class, java.util.Locale.class)
            .orShould().callMethod(DateTimeFormatter.class, "withZone", java.time.ZoneId.class)
            .because("an Instant written without Swedish time comes out in UTC on the server; use se.arena.web.SwedishTime");

    @Test
    void noTemplateFormatsATimeWithThymeleafsOwnHelpers() throws IOException {
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.*");
        assertThat(templates).as("the templates").hasSizeGreaterThan(50);
        List<String> offending = new ArrayList<>();
        for (Resource template : templates) {
            String text = template.getContentAsString(StandardCharsets.UTF_8);
            if (usesThymeleafTimeHelpers(text)) {
                offending.add(template.getURI().toString().replaceFirst(".*/templates/", "templates/"));
            }
        }
        assertThat(offending).as("templates that write a time without #times").isEmpty();
    }

    @Test
    void theTemplateRuleCatchesEachOfThymeleafsHelpers() {
        assertThat(usesThymeleafTimeHelpers("<td th:text=\"${#temporals.format(q.createdAt(), 'd MMMM HH:mm')}\">")).isTrue();
        assertThat(usesThymeleafTimeHelpers("<td th:text=\"${#dates.format(sentAt, 'yyyy-MM-dd')}\">")).isTrue();
        assertThat(usesThymeleafTimeHelpers("<td th:text=\"${#calendars.format(when)}\">")).isTrue();
        assertThat(usesThymeleafTimeHelpers("<td th:text=\"${#times.format(q.createdAt(), 'd MMMM HH:mm')}\">")).isFalse();
    }

    @Test
    void noClassWritesATimeOtherThanThroughSwedishTime() {
        JavaClasses application = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.arena");
        assertThat(application.contain(SwedishTime.class)).isTrue();
        ONLY_SWEDISH_TIME_WRITES_TIMES.check(application);
    }

    @Test
    void theClassRuleCatchesAnInstantWrittenAsItIsAndAFormatterOfItsOwn() {
        EvaluationResult result = ONLY_SWEDISH_TIME_WRITES_TIMES.evaluate(new ClassFileImporter().importPackages("fixture.times"));
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("Instant.toString()"))
                .anyMatch(line -> line.contains("DateTimeFormatter.ofPattern(java.lang.String)"));
    }

    private static boolean usesThymeleafTimeHelpers(String template) {
        return THYMELEAF_TIME_HELPER.matcher(template).find();
    }
}
