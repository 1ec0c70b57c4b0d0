package se.arena.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import se.arena.TimeConfiguration;

/**
 * The one way Arena writes a date or a moment for people: in Swedish time (Europe/Stockholm),
 * whatever the zone of the server it runs on. An {@link Instant} has no zone of its own, and
 * written without one it comes out in the JVM's default zone, which is UTC on servers and in CI:
 * an hour early in winter, two in summer.
 *
 * <ul>
 *   <li>Pages and e-mails: {@code ${#times.format(value, 'd MMMM yyyy HH:mm')}} ({@link ArenaDialect});
 *       Thymeleaf's own {@code #temporals}, {@code #dates} and {@code #calendars} are not used.</li>
 *   <li>Java code that writes text: a formatter from {@link #pattern(String)}.</li>
 *   <li>Exports, and machine-readable attributes such as HTML's {@code datetime}: {@link #iso(Instant)}
 *       for every moment, e.g. {@code 2026-12-04T14:20:00+01:00} ({@code #times.iso(value)} in templates);
 *       dates as ISO dates ({@code 2026-12-04}).</li>
 * </ul>
 *
 * {@code SwedishTimeRulesTest} refuses any other way in templates and Java code.
 */
public final class SwedishTime {

    public static final Locale SWEDISH = Locale.of("sv", "SE");

    /**
     * ISO 8601 with the offset: a spreadsheet or another system reads it as the exact moment, and
     * the offset tells apart the two 02:30 of the night summer time ends.
     */
    private static final DateTimeFormatter EXPORT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT)
            .withZone(TimeConfiguration.SWEDEN);

    /** The few patterns the templates use, so that a page does not parse its pattern on every row. */
    private static final Map<String, DateTimeFormatter> PATTERNS = new ConcurrentHashMap<>();

    private SwedishTime() {
    }

    /**
     * A formatter that writes Swedish month and day names and turns a moment (an {@link Instant},
     * or a date-time in another zone) into Swedish time; a date or a local time stays as it is.
     */
    public static DateTimeFormatter pattern(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, SWEDISH).withZone(TimeConfiguration.SWEDEN);
    }

    /** E.g. "4 december 2026 14:20" for {@code 'd MMMM yyyy HH:mm'}; empty for nothing. */
    public static String format(TemporalAccessor value, String pattern) {
        return value == null ? "" : PATTERNS.computeIfAbsent(pattern, SwedishTime::pattern).format(value);
    }

    /** A moment for an export or a machine: "2026-12-04T14:20:00+01:00"; empty for nothing. */
    public static String iso(Instant instant) {
        return instant == null ? "" : EXPORT.format(instant);
    }
}
