package se.arena.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Swedish messages per field, in the order the fields appear, for the form to show next to each
 * field (see the field fragment in templates/web/forms.html).
 */
public final class FormErrors {

    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]{2,}$");
    /** Swedish numbers as people write them: 08-123 45 67, 070-123 45 67, +46 70 123 45 67. */
    private static final Pattern PHONE = Pattern.compile("^(\\+46|0)[\\d\\s-]{6,16}$");

    private final Map<String, String> messages = new LinkedHashMap<>();

    public static boolean isEmail(String value) {
        return value != null && value.length() <= 320 && EMAIL.matcher(value.strip()).matches();
    }

    public static boolean isPhone(String value) {
        return value != null && PHONE.matcher(value.strip()).matches() && value.replaceAll("\\D", "").length() >= 7;
    }

    public FormErrors add(String field, String message) {
        messages.putIfAbsent(field, message);
        return this;
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public Map<String, String> asMap() {
        return messages;
    }
}
