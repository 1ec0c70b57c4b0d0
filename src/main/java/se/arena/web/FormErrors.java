package se.arena.web;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
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

    /**
     * Starts a form's errors with what its Bean Validation constraints (its {@link FormLimits})
     * find, each under the field's name, so the form's own rules add only what they check besides.
     */
    public static FormErrors checking(Object form) {
        return checking(form, UnaryOperator.identity());
    }

    /**
     * As {@link #checking(Object)}, for a form whose fields are named otherwise than the record's
     * property paths (a row of a list, say).
     *
     * @param fieldOfPath the form field's name for a property path such as {@code contacts[0].name}
     */
    public static FormErrors checking(Object form, UnaryOperator<String> fieldOfPath) {
        List<String> fieldOrder = form.getClass().isRecord()
                ? Arrays.stream(form.getClass().getRecordComponents()).map(RecordComponent::getName).toList() : List.of();
        Comparator<String> asTheFormOrdersThem = Comparator.comparingInt(path -> fieldOrder.indexOf(path.split("[.\\[]", 2)[0]));
        FormErrors errors = new FormErrors();
        FormLimits.validator().validate(form).stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString(),
                        asTheFormOrdersThem.thenComparing(Comparator.naturalOrder())))
                .forEach(violation -> errors.add(fieldOfPath.apply(violation.getPropertyPath().toString()), violation.getMessage()));
        return errors;
    }

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
