package se.arena.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The headers every HTML page must carry, so that a payload that slipped through escaping still
 * could not run (CSP without inline script), the page cannot be framed, and pages with someone's
 * details are never kept in a shared cache.
 */
final class SecurityHeaders {

    private static final List<String> REQUIRED_POLICY = List.of("default-src 'self'", "script-src 'self'", "object-src 'none'",
            "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");

    private SecurityHeaders() {
    }

    /**
     * @param header        the response's header by name, null when absent
     * @param personalData  whether the page shows what someone submitted, which must then not be cached
     * @return what is wrong, empty when nothing is
     */
    static List<String> problems(String url, UnaryOperator<String> header, boolean personalData) {
        List<String> problems = new ArrayList<>();
        String policy = header.apply("Content-Security-Policy");
        if (policy == null) {
            problems.add(url + ": no Content-Security-Policy");
        } else {
            REQUIRED_POLICY.stream().filter(directive -> !policy.contains(directive))
                    .forEach(directive -> problems.add(url + ": Content-Security-Policy lacks " + directive + " (" + policy + ")"));
            if (policy.contains("'unsafe-inline'") || policy.contains("'unsafe-eval'")) {
                problems.add(url + ": Content-Security-Policy allows inline or eval'd script (" + policy + ")");
            }
        }
        expect(problems, url, header, "X-Content-Type-Options", "nosniff");
        expect(problems, url, header, "X-Frame-Options", "DENY");
        expect(problems, url, header, "Referrer-Policy", "strict-origin-when-cross-origin");
        String cache = header.apply("Cache-Control");
        if (personalData && (cache == null || !cache.contains("no-store"))) {
            problems.add(url + ": shows submitted details but may be cached (Cache-Control: " + cache + ")");
        }
        return problems;
    }

    private static void expect(List<String> problems, String url, UnaryOperator<String> header, String name, String value) {
        String actual = header.apply(name);
        if (actual == null || !actual.strip().toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT))) {
            problems.add(url + ": " + name + " is " + actual + ", expected " + value);
        }
    }
}
