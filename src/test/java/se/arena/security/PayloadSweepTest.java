package se.arena.security;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The sweep's own checks fail on what they are there to catch, so that a clean sweep means something. */
class PayloadSweepTest {

    private static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; "
                    + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "strict-origin-when-cross-origin",
            "Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");

    private final PayloadSweep sweep = new PayloadSweep();
    private final PayloadSweep.Field name = sweep.field("Formulär", "name");

    @Test
    void aPayloadShownEscapedIsNotedAsReachedAndIsNoProblem() {
        assertThat(sweep.read("/sida", false, "text/html;charset=UTF-8", HEADERS::get,
                "<td>" + HtmlUtils.htmlEscape(name.payload()) + "</td>")).isTrue();
        assertThat(sweep.problems()).isEmpty();
        assertThat(sweep.shownOn(name)).isEqualTo("/sida");
        assertThat(sweep.echoedOn(name)).isNull();
    }

    @Test
    void aPayloadShownAsMarkupIsAProblem() {
        sweep.read("/sida", false, "text/html", HEADERS::get, "<td>" + name.payload() + "</td>");
        sweep.readMail("e-post", "<p>Hej " + name.payload() + "</p>");
        assertThat(sweep.problems()).hasSize(2).allMatch(problem -> problem.contains("not escaped"));
    }

    @Test
    void aSearchShownBackAsMarkupIsAProblemAndEscapedShowsNoField() {
        assertThat(sweep.read("/lista", false, "text/html", HEADERS::get, HtmlUtils.htmlEscape(sweep.searchPayload()))).isFalse();
        assertThat(sweep.problems()).isEmpty();
        sweep.read("/lista", false, "text/html", HEADERS::get, "<input value=" + sweep.searchPayload() + ">");
        assertThat(sweep.problems()).singleElement().asString().contains("not escaped");
    }

    @Test
    void aQuoteLeftRawInAnEscapedValueIsAProblemBecauseItEndsAnAttribute() {
        String halfEscaped = name.payload().replace("<", "&lt;").replace(">", "&gt;");
        sweep.read("/sida", false, "text/html", HEADERS::get, "<input value=\"" + halfEscaped + "\">");
        assertThat(sweep.problems()).singleElement().asString().contains("not escaped");
    }

    @Test
    void aPageWithoutItsSecurityHeadersIsAProblemAndOneShowingDetailsMustNotBeCached() {
        sweep.read("/utan-huvuden", false, "text/html", header -> null, "<p>Sida</p>");
        assertThat(sweep.problems()).anyMatch(problem -> problem.contains("no Content-Security-Policy"))
                .anyMatch(problem -> problem.contains("X-Frame-Options"));

        PayloadSweep another = new PayloadSweep();
        PayloadSweep.Field field = another.field("Formulär", "title");
        another.read("/cachad", false, "text/html", header -> header.equals("Cache-Control") ? "max-age=3600" : HEADERS.get(header),
                "<p>" + HtmlUtils.htmlEscape(field.payload()) + "</p>");
        assertThat(another.problems()).singleElement().asString().contains("may be cached");
    }

    @Test
    void aDownloadIsNotReadAsAPageAndTheAnswerToAFormOnlyEchoes() {
        sweep.read("/export", false, "text/csv", header -> null, name.payload());
        sweep.read("/formular", true, "text/html", HEADERS::get, HtmlUtils.htmlEscape(name.payload()));
        assertThat(sweep.problems()).isEmpty();
        assertThat(sweep.shownOn(name)).isNull();
        assertThat(sweep.echoedOn(name)).isEqualTo("/formular");
    }
}
