package se.arena.room;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

import se.arena.RichText;

/**
 * A post is written as plain text: it is shown escaped, with its line breaks, and its https
 * addresses as links. The result goes through the same sanitiser as all rich text, so that a
 * mistake here can never let markup through.
 */
final class PostText {

    /** An https address up to white space; trailing punctuation belongs to the sentence, not the address. */
    private static final Pattern LINK = Pattern.compile("https://[^\\s<>\"]+?(?=[.,;:!?)\\]]*(?:\\s|$))");

    private PostText() {
    }

    static RichText html(String text) {
        String escaped = HtmlUtils.htmlEscape(text == null ? "" : text.strip(), "UTF-8");
        Matcher links = LINK.matcher(escaped);
        StringBuilder html = new StringBuilder();
        while (links.find()) {
            links.appendReplacement(html, Matcher.quoteReplacement("<a href=\"" + links.group() + "\">" + links.group() + "</a>"));
        }
        links.appendTail(html);
        String paragraphs = "<p>" + html.toString().replaceAll("\\R{2,}", "</p><p>").replaceAll("\\R", "<br>") + "</p>";
        return RichText.sanitise(paragraphs);
    }
}
