package se.arena.notification;

import java.util.Locale;

/**
 * What the message log shows of a stored attachment, without its bytes.
 *
 * @param number the attachment's place in its message, from 1
 * @param size   in bytes
 */
public record OutboxAttachment(int number, String filename, String contentType, long size) {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    /** The size as staff read it, e.g. "850 byte", "12,3 kB" or "1,5 MB". */
    public String sizeText() {
        if (size < 1024) {
            return size + " byte";
        }
        if (size < 1024 * 1024) {
            return String.format(SWEDISH, "%.1f kB", size / 1024.0);
        }
        return String.format(SWEDISH, "%.1f MB", size / (1024.0 * 1024.0));
    }
}
