package se.arena.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text that someone typed on a form and that goes out in an e-mail. A stranger chooses the
 * address of many of Arena's e-mails (a registration, a seat offered to a colleague, an activity
 * sign-up), so whatever they typed must not turn those e-mails into a way to send spam: only
 * words of letters are kept (joined by hyphens or apostrophes, ending in a full stop or comma),
 * cut short, so that the text can carry no link, address, number or message worth sending.
 */
public final class MailText {

    /** Long enough for any real name, too short for a sales pitch. */
    public static final int NAME_LENGTH = 60;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:[-'’][\\p{L}\\p{M}]+)*[.,]?");

    private MailText() {
    }

    /** A person's name as a mail may show it, or null when nothing of it is a word. */
    public static String name(String typed) {
        return words(typed, NAME_LENGTH);
    }

    /**
     * The words of the text, at most {@code maxLength} characters of them; a word with anything
     * but letters in it (a web or e-mail address, a number) is left out.
     *
     * @return null when no word is left
     */
    public static String words(String typed, int maxLength) {
        if (typed == null) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        int length = -1;
        for (String word : typed.strip().split("\\s+")) {
            if (!WORD.matcher(word).matches()) {
                continue;
            }
            if (length + 1 + word.length() > maxLength) {
                break;
            }
            kept.add(word);
            length += 1 + word.length();
        }
        return kept.isEmpty() ? null : String.join(" ", kept);
    }
}
