package se.arena.web;

import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives every template Arena's own expression objects: {@code #times}, which writes dates and
 * times in Swedish time ({@link SwedishTime}), {@code #counts}, which writes a number with its noun
 * in the right form ({@link SwedishCount}), and {@code #limits}, which gives a field the
 * {@code maxlength} its form record declares ({@link FormLimits}) so that it is never written a
 * second time in a template. Spring Boot adds it to the pages' template engine; the e-mails'
 * engine adds it itself.
 */
@Component
public class ArenaDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final Map<String, Object> OBJECTS = Map.of("times", new Times(), "counts", new Counts(), "limits", new Limits());

    public ArenaDialect() {
        super("Arena");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return OBJECTS.keySet();
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return OBJECTS.get(expressionObjectName);
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }

    /** What {@code #times} offers a template. */
    public static final class Times {

        private Times() {
        }

        /** {@code ${#times.format(registration.createdAt(), 'd MMMM yyyy HH:mm')}}: "4 december 2026 14:20". */
        public String format(TemporalAccessor value, String pattern) {
            return SwedishTime.format(value, pattern);
        }

        /** {@code th:datetime="${#times.iso(entry.occurredAt())}"}: "2026-12-04T14:20:00+01:00". */
        public String iso(Instant moment) {
            return SwedishTime.iso(moment);
        }
    }

    /** What {@code #counts} offers a template. */
    public static final class Counts {

        private Counts() {
        }

        /** {@code ${#counts.of(preview.issuable(), 'faktura', 'fakturor')}}: "1 faktura", "2 fakturor". */
        public String of(long count, String one, String many) {
            return SwedishCount.of(count, one, many);
        }
    }

    /** What {@code #limits} offers a template. */
    public static final class Limits {

        private Limits() {
        }

        /**
         * {@code th:maxlength="${#limits.of(form, 'street')}"}: the field's limit, or null (no
         * attribute) when there is no form or it declares none for the field. A field of a row
         * is named after the row's property and its number ({@code name0} for {@code name}), so
         * with the row as the form it finds the row's limit.
         */
        public Integer of(Object form, String field) {
            if (form == null) {
                return null;
            }
            return FormLimits.maxLength(form.getClass(), field)
                    .or(() -> FormLimits.maxLength(form.getClass(), field.replaceFirst("\\d+$", "")))
                    .orElse(null);
        }
    }
}
