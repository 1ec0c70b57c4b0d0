package se.arena;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * HTML that staff write (invitation texts, later room posts). It is sanitised when it is
 * made, so whatever holds a RichText may render it unescaped.
 */
public record RichText(String html) {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "ul", "ol", "li", "strong", "em", "a")
            .allowUrlProtocols("https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelNofollowOnLinks()
            .toFactory();

    public static RichText sanitise(String untrustedHtml) {
        return new RichText(POLICY.sanitize(untrustedHtml == null ? "" : untrustedHtml).strip());
    }

    public boolean isBlank() {
        return html.isBlank();
    }
}
