package se.arena.notification;

import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

import se.arena.SecretTokens;

/**
 * The stand-ins for personal links in a stored message. Each message has its own random part, so
 * text that a sender typed into a message can never name another message's link.
 */
final class MaskedLinks {

    static final String STAFF_TEXT = "[personlig länk – visas bara för mottagaren]";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[personlig-lank-[0-9a-f]{16}-\\d{1,3}]");
    /**
     * A path segment that is one of {@link SecretTokens#newToken()}'s secrets: 43 URL-safe
     * characters, at least one of them a capital, which a network's slug (lower case) never has.
     */
    static final Pattern SECRET_SEGMENT = Pattern.compile("/(?=[A-Za-z0-9_-]{0,42}[A-Z])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])");

    private MaskedLinks() {
    }

    static String newNonce() {
        return HexFormat.of().formatHex(SecretTokens.randomBytes(8));
    }

    static String placeholder(String nonce, int number) {
        return "[personlig-lank-" + nonce + "-" + number + "]";
    }

    /**
     * Whether the text has a link to this site with a secret in it that was not passed as a
     * {@link PersonalLink}: such a message would show staff a working link, so it is refused.
     */
    static boolean hasUnmaskedSecretLink(String text, String baseUrl) {
        for (int at = text.indexOf(baseUrl); at >= 0; at = text.indexOf(baseUrl, at + 1)) {
            int end = at;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && "\"<>".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            if (SECRET_SEGMENT.matcher(text.substring(at + baseUrl.length(), end)).find()) {
                return true;
            }
        }
        return false;
    }

    /** The stored text as staff may read it. */
    static String forStaff(String stored) {
        return stored == null ? null : PLACEHOLDER.matcher(stored).replaceAll(STAFF_TEXT.replace("$", "\\$"));
    }

    /** The text as the recipient gets it; a link the outbox no longer has becomes {@code fallback}. */
    static String forRecipient(String stored, List<StoredLink> links, String fallback, boolean html) {
        String text = stored;
        for (StoredLink link : links) {
            String url = link.url() == null ? fallback : link.url();
            text = text.replace(link.placeholder(), html ? HtmlUtils.htmlEscape(url) : url);
        }
        return text;
    }

    /** A personal link as the outbox keeps it with its message, its address only until it is sent. */
    record StoredLink(int number, String placeholder, String url, String kind, String reference) {
    }
}
