package se.arena.identity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads what the application put in the outbox for someone, as a person would read their e-mail. */
public record Mailbox(JdbcClient jdbc) {

    private static final Pattern LINK = Pattern.compile("https?://\\S+?/(logga-in/lank|konfigurera)/[A-Za-z0-9_-]+");

    /**
     * The text of the newest message to the recipient as they get it: with the personal links
     * that the outbox keeps apart from the stored body put in, as the relay does when it sends.
     */
    public Optional<String> latestTextTo(String recipient) {
        return jdbc.sql("SELECT id FROM outbox_message WHERE recipient = :recipient ORDER BY id DESC LIMIT 1")
                .param("recipient", recipient)
                .query(Long.class)
                .optional()
                .map(this::delivered);
    }

    private String delivered(long messageId) {
        String text = jdbc.sql("SELECT text_body FROM outbox_message WHERE id = :id").param("id", messageId)
                .query(String.class).single();
        for (var link : jdbc.sql("SELECT placeholder, url FROM outbox_link WHERE message_id = :id AND url IS NOT NULL")
                .param("id", messageId).query().listOfRows()) {
            text = text.replace((String) link.get("placeholder"), (String) link.get("url"));
        }
        return text;
    }

    public long countTo(String recipient) {
        return jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient = :recipient")
                .param("recipient", recipient).query(Long.class).single();
    }

    /** The path of the newest sign-in or set-up link sent to the recipient, e.g. "/logga-in/lank/abc". */
    public String latestLinkPathTo(String recipient) {
        String text = latestTextTo(recipient).orElseThrow(() -> new AssertionError("No e-mail to " + recipient));
        Matcher link = LINK.matcher(text);
        if (!link.find()) {
            throw new AssertionError("No link in the e-mail to " + recipient + ":\n" + text);
        }
        return link.group().replaceFirst("https?://[^/]+", "");
    }

    /** The path of the newest link to an address under the path, e.g. "/aktiviteter/min-anmalan/abc" for "/aktiviteter/min-anmalan/". */
    public String latestLinkPathTo(String recipient, String path) {
        return latestTextTo(recipient).orElseThrow(() -> new AssertionError("No e-mail to " + recipient)).lines()
                .filter(line -> line.contains(path)).findFirst()
                .orElseThrow(() -> new AssertionError("No link to " + path + " in the e-mail to " + recipient))
                .strip().replaceFirst("https?://[^/]+", "");
    }
}
