package se.arena.web;

import java.util.Optional;
import java.util.stream.Stream;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The length limits a form record declares with {@link Size} on its components, matching the
 * columns the values end up in. They are written once, on the record: {@link FormErrors#checking}
 * turns a breach into a Swedish message next to the field, and {@code #limits} gives the field its
 * {@code maxlength}, so a browser stops at the same number the server checks.
 */
public final class FormLimits {

    private static final Validator VALIDATOR;

    static {
        // the messages need only {max}: no expression language, so nothing a typed value holds is evaluated
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            VALIDATOR = factory.getValidator();
        }
    }

    private FormLimits() {
    }

    static Validator validator() {
        return VALIDATOR;
    }

    /** The most characters the form's field takes, if the form declares a limit for it. */
    public static Optional<Integer> maxLength(Class<?> form, String field) {
        PropertyDescriptor property = VALIDATOR.getConstraintsForClass(form).getConstraintsForProperty(field);
        if (property == null) {
            return Optional.empty();
        }
        // a limit on each of a list's or map's values (List<@Size(max = 200) String>) counts as the field's
        Stream<ConstraintDescriptor<?>> constraints = Stream.concat(property.getConstraintDescriptors().stream(),
                property.getConstrainedContainerElementTypes().stream().flatMap(element -> element.getConstraintDescriptors().stream()));
        return constraints
                .filter(constraint -> constraint.getAnnotation() instanceof Size)
                .map(constraint -> ((Size) constraint.getAnnotation()).max())
                .min(Integer::compare);
    }
}
