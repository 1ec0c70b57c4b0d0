package se.arena.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sweep's script payloads, a distinct one per form field, and what the pages read showed of
 * them. Every HTML page read goes through {@link #read}, which notes any payload that is not
 * escaped (a script or image element, or a quote that could end an attribute), checks the
 * security headers, and notes which fields' payloads the page shows escaped, which proves that
 * the sweep reached the field.
 */
final class PayloadSweep {

    /** Every payload of this sweep, and no other text, contains it. */
    private final String tag = "xss" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    private final Pattern unescaped = Pattern.compile("<script>" + tag + "|<img src=x onerror|" + tag + "\\d{3}&lt;/script&gt;[\"']");
    private final Pattern escaped = Pattern.compile("&lt;script&gt;(" + tag + "\\d{3})");

    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Set<Field> refused = new LinkedHashSet<>();
    private final Map<String, String> shownOn = new LinkedHashMap<>();
    private final Map<String, String> echoedOn = new LinkedHashMap<>();
    private final Set<String> shownInMails = new LinkedHashSet<>();
    private final Set<String> pagesRead = new LinkedHashSet<>();
    private final Set<String> postFormsWithText = new LinkedHashSet<>();
    private final Set<String> postFormsSwept = new LinkedHashSet<>();
    private final List<String> problems = new ArrayList<>();

    /** A form field and the payload typed into it. */
    record Field(String form, String name, String marker) {

        String payload() {
            return "<script>" + marker + "</script>\"'><img src=x onerror=alert('" + marker + "')>";
        }

        @Override
        public String toString() {
            return form + ": " + name;
        }
    }

    String tag() {
        return tag;
    }

    /** A new payload for the field, with a marker of its own. */
    Field field(String form, String name) {
        Field field = new Field(form, name, tag + String.format(Locale.ROOT, "%03d", fields.size() + 1));
        fields.put(field.marker(), field);
        return field;
    }

    List<Field> fields() {
        return List.copyOf(fields.values());
    }

    /** The fields whose marker the text holds, e.g. a value in the database. */
    List<Field> fieldsIn(String text) {
        return fields.values().stream().filter(field -> text.contains(field.marker())).toList();
    }

    /** A field whose payload its form refused, alone or with the whole form: the payload was not taken. */
    void refused(Field field) {
        refused.add(field);
    }

    Set<Field> refused() {
        return refused;
    }

    /**
     * A payload for a search field, which lists show back but nobody keeps: it counts as no field,
     * but it must be escaped like any other.
     */
    String searchPayload() {
        return "<script>" + tag + "</script>\"'><img src=x onerror=alert(1)>";
    }

    /**
     * Checks a response: nothing to check in a redirect or a download; an HTML page must show every
     * payload escaped and carry the security headers.
     *
     * @param answerToAForm whether it answers a form that was sent, which shows the typed text back
     *                      rather than what was kept
     * @return whether the page showed a field's payload (escaped)
     */
    boolean read(String url, boolean answerToAForm, String contentType, UnaryOperator<String> header, String body) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("text/html")) {
            return false;
        }
        pagesRead.add(url);
        checkEscaped(url, body);
        Set<String> shown = markersShownEscapedIn(body);
        shown.forEach(marker -> (answerToAForm ? echoedOn : shownOn).putIfAbsent(marker, url));
        problems.addAll(SecurityHeaders.problems(url, header, !shown.isEmpty()));
        return !shown.isEmpty();
    }

    /** An e-mail's HTML part, which a mail program renders like a page. */
    void readMail(String what, String html) {
        checkEscaped(what, html);
        shownInMails.addAll(markersShownEscapedIn(html));
    }

    /** The page where the field's payload, as it was kept, was first seen escaped; null if no page showed it. */
    String shownOn(Field field) {
        return shownOn.get(field.marker());
    }

    /** The answer to a sent form that showed the field's payload back escaped; null if none did. */
    String echoedOn(Field field) {
        return echoedOn.get(field.marker());
    }

    /** The fields whose payload an e-mail's HTML part shows, escaped. */
    List<Field> shownInMails() {
        return shownInMails.stream().map(fields::get).toList();
    }

    Set<String> pagesRead() {
        return pagesRead;
    }

    /** A form that posts and has a text field, on a page someone outside staff saw. */
    void sawFormWithText(String action) {
        postFormsWithText.add(action);
    }

    void swept(String action) {
        postFormsSwept.add(action);
    }

    Set<String> formsWithText() {
        return postFormsWithText;
    }

    Set<String> formsSwept() {
        return postFormsSwept;
    }

    void problem(String problem) {
        problems.add(problem);
    }

    List<String> problems() {
        return problems;
    }

    private void checkEscaped(String what, String html) {
        Matcher raw = unescaped.matcher(html);
        if (raw.find()) {
            problems.add(what + ": a payload is not escaped: …"
                    + html.substring(Math.max(0, raw.start() - 80), Math.min(html.length(), raw.end() + 80)) + "…");
        }
    }

    private Set<String> markersShownEscapedIn(String html) {
        Set<String> markers = new LinkedHashSet<>();
        Matcher matcher = escaped.matcher(html);
        while (matcher.find()) {
            markers.add(matcher.group(1));
        }
        return markers;
    }
}
