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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * A date is written as ISO 8601, {@code 2026-02-03}. Template placeholders ({@code [DATE]}) are left
 * to {@link NoPlaceholders}. Rule {@link Rule#NON_ISO_DATE FS115}, declared with {@link Payloads.Info}
 * on the model; {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = IsoDate.Validator.class)
@ReportsRule(Rule.NON_ISO_DATE)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface IsoDate {
    /** The message when the validator does not build its own. */
    String message() default "date is not ISO 8601 (expected 2026-02-03)";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The severity: none for an error, {@link Payloads.Warning} or {@link Payloads.Info}. */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link IsoDate}. */
    final class Validator implements ConstraintValidator<IsoDate, String> {
        private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

        @Override
        public boolean isValid(String date, ConstraintValidatorContext context) {
            if (date == null || date.startsWith("[") || isIso(date.strip())) {
                return true;
            }
            Violations.add(
                    context, Violations.literal(date) + " is not an ISO 8601 date (expected the form 2026-02-03)");
            return false;
        }

        private static boolean isIso(String date) {
            if (!ISO.matcher(date).matches()) {
                return false;
            }
            try {
                LocalDate.parse(date);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }
}
