package se.arena.room.message;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

import se.arena.RichText;

/**
 * A message's plain text as HTML for the mail: everything staff typed is escaped, and only web
 * addresses become links. The result still goes through the rich-text sanitiser, so even a
 * mistake here cannot put markup of the author's choosing in a participant's mailbox.
 */
final class MessageText {

    /** An https address up to the next space; a full stop or comma after it ends the sentence, not the address. */
    private static final Pattern LINK = Pattern.compile("https://[^\\s<>\"]+?(?=[.,;:!?)]*(\\s|$))");

    private MessageText() {
    }

    static RichText html(String text) {
        String html = Arrays.stream(text.strip().replace("\r\n", "\n").split("\n\\s*\n"))
                .map(paragraph -> "<p>" + linked(paragraph.strip()).replace("\n", "<br>") + "</p>")
                .collect(Collectors.joining());
        return RichText.sanitise(html);
    }

    private static String linked(String paragraph) {
        Matcher link = LINK.matcher(paragraph);
        StringBuilder html = new StringBuilder();
        int end = 0;
        while (link.find()) {
            html.append(HtmlUtils.htmlEscape(paragraph.substring(end, link.start())));
            String address = HtmlUtils.htmlEscape(link.group());
            html.append("<a href=\"").append(address).append("\">").append(address).append("</a>");
            end = link.end();
        }
        return html.append(HtmlUtils.htmlEscape(paragraph.substring(end))).toString();
    }
}
