package dev.featurespec.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.internal.SpecTexts;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * No template placeholder is left in any text of the spec: {@code [FEATURE NAME]}, {@code [DATE]},
 * {@code $ARGUMENTS}, {@code [Brief Title]}, {@code [###-feature-name]}, {@code [Entity 1]}, {@code
 * [initial state]}, {@code [Describe this user journey in plain language]}, … — a bracketed phrase of
 * the template. Each placeholder is reported at its text field. Rule {@link Rule#UNFILLED_PLACEHOLDER
 * FS108}: the model declares it as a warning in {@code Default} and as an error in {@link
 * ReadyForPlanning}.
 */
@Documented
@Constraint(validatedBy = NoPlaceholders.Validator.class)
@ReportsRule(Rule.UNFILLED_PLACEHOLDER)
@Target({TYPE, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(NoPlaceholders.List.class)
public @interface NoPlaceholders {
    /** The message when the validator does not build its own. */
    String message() default "unfilled template placeholder";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The severity: none for an error, {@link Payloads.Warning} or {@link Payloads.Info}. */
    Class<? extends Payload>[] payload() default {};

    /** Several {@link NoPlaceholders} on one type, e.g. for different groups. */
    @Documented
    @Target({TYPE, TYPE_USE, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        /** The constraints. */
        NoPlaceholders[] value();
    }

    /** Checks {@link NoPlaceholders}. */
    final class Validator implements ConstraintValidator<NoPlaceholders, FeatureSpec> {
        @Override
        public boolean isValid(FeatureSpec spec, ConstraintValidatorContext context) {
            if (spec == null) {
                return true;
            }
            boolean valid = true;
            for (SpecTexts.TextField field : SpecTexts.of(spec)) {
                String text = field.markdownBody() ? SpecTexts.prose(field.text()) : field.text();
                for (String placeholder : Placeholders.find(text)) {
                    Violations.add(context, "unfilled template placeholder " + placeholder, field.path());
                    valid = false;
                }
            }
            return valid;
        }
    }
}
