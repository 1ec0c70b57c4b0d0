package se.arena.web;

import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives every template {@code #times}, which writes dates and times in Swedish time
 * ({@link SwedishTime}). Spring Boot adds it to the pages' template engine; the e-mails' engine
 * adds it itself.
 */
@Component
public class TimesDialect extends AbstractDialect implements IExpressionObjectDialect {

    static final String NAME = "times";

    private static final Times TIMES = new Times();

    public TimesDialect() {
        super("Arena times");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return NAME.equals(expressionObjectName) ? TIMES : null;
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
}
