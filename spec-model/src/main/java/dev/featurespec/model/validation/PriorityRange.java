package dev.featurespec.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.featurespec.model.Priority;
import dev.featurespec.model.diagnostic.Rule;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A priority is within the range the template uses, {@code P0} to {@code P9}. Rule {@link
 * Rule#PRIORITY_FORMAT FS106}, declared with {@link Payloads.Warning} on the model; {@code null} is
 * valid.
 */
@Documented
@Constraint(validatedBy = PriorityRange.Validator.class)
@ReportsRule(Rule.PRIORITY_FORMAT)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PriorityRange {
    /** The message when the validator does not build its own. */
    String message() default "priority is outside P0 to {max}";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The severity: none for an error, {@link Payloads.Warning} or {@link Payloads.Info}. */
    Class<? extends Payload>[] payload() default {};

    /** The highest rank allowed. */
    int max() default 9;

    /** Checks {@link PriorityRange}. */
    final class Validator implements ConstraintValidator<PriorityRange, Priority> {
        private int max = 9;

        @Override
        public void initialize(PriorityRange annotation) {
            max = annotation.max();
        }

        @Override
        public boolean isValid(Priority priority, ConstraintValidatorContext context) {
            if (priority == null || priority.rank() <= max) {
                return true;
            }
            Violations.add(context, priority + " is outside the priorities the template uses (P0 to P" + max + ")");
            return false;
        }
    }
}
