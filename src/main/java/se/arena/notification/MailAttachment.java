package se.arena.notification;

import java.util.Arrays;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;

/**
 * A file sent with an e-mail, such as a calendar invitation. The bytes are copied in and out, so
 * that a caller who reuses its array cannot change what is stored or sent.
 *
 * @param filename    the name the recipient sees, without any folder
 * @param contentType a MIME type with its parameters, e.g. {@code text/calendar; charset=UTF-8; method=REQUEST}
 * @param content     the file itself, at most {@link #MAX_BYTES}
 */
public record MailAttachment(String filename, String contentType, byte[] content) {

    /** Far below what mail servers refuse (often 20-25 MB, after base64 has added a third). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public MailAttachment {
        if (filename == null || filename.isBlank() || filename.length() > 200 || filename.strip().length() != filename.length()
                || filename.equals(".") || filename.equals("..") || filename.chars().anyMatch(MailAttachment::notInAName)) {
            throw new IllegalArgumentException("Not a file name for an attachment: " + filename);
        }
        if (contentType == null || contentType.length() > 200 || contentType.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("Not a MIME type: " + contentType);
        }
        try {
            new ContentType(contentType);
        } catch (ParseException e) {
            throw new IllegalArgumentException("Not a MIME type: " + contentType, e);
        }
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw new IllegalArgumentException("An attachment has between 1 byte and " + MAX_BYTES + " bytes");
        }
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailAttachment that && filename.equals(that.filename)
                && contentType.equals(that.contentType) && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * filename.hashCode() + contentType.hashCode()) + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "MailAttachment[" + filename + ", " + contentType + ", " + content.length + " bytes]";
    }

    private static boolean notInAName(int c) {
        return Character.isISOControl(c) || c == '/' || c == '\\';
    }
}
