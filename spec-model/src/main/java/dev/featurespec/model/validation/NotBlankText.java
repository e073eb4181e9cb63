package dev.featurespec.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.featurespec.model.diagnostic.Rule;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A text field that must say something is not blank. Unlike {@code @NotBlank} it reports rule {@link
 * Rule#BLANK_TEXT FS116} and names the field. {@code null} is valid (records refuse null themselves).
 */
@Documented
@Constraint(validatedBy = NotBlankText.Validator.class)
@ReportsRule(Rule.BLANK_TEXT)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface NotBlankText {
    /** The message when the validator does not build its own. */
    String message() default "{what} is blank";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The severity: none for an error, {@link Payloads.Warning} or {@link Payloads.Info}. */
    Class<? extends Payload>[] payload() default {};

    /** What the text is, for the message, e.g. {@code requirement text}. */
    String what() default "text";

    /** Checks {@link NotBlankText}. */
    final class Validator implements ConstraintValidator<NotBlankText, String> {
        private String what = "text";

        @Override
        public void initialize(NotBlankText annotation) {
            what = annotation.what();
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            if (text == null || !text.isBlank()) {
                return true;
            }
            Violations.add(context, what + " is blank");
            return false;
        }
    }
}
