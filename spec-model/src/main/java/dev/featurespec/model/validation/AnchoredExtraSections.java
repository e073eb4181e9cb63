package dev.featurespec.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.featurespec.model.ExtraSection;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Section;
import dev.featurespec.model.diagnostic.Rule;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An extra section is not placed after one of the optional extended sections ({@code apiContract},
 * {@code configurationImpact}, {@code securityImpact}, {@code observability}) that the spec does not
 * have, where a writer could not put it back. Reported at the extra's {@code after}. Rule {@link
 * Rule#MISPLACED_EXTRA_SECTION FS117}, declared with {@link Payloads.Warning} on the model.
 */
@Documented
@Constraint(validatedBy = AnchoredExtraSections.Validator.class)
@ReportsRule(Rule.MISPLACED_EXTRA_SECTION)
@Target({TYPE, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface AnchoredExtraSections {
    /** The message when the validator does not build its own. */
    String message() default "an extra section is placed after a section the spec does not have";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The severity: none for an error, {@link Payloads.Warning} or {@link Payloads.Info}. */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link AnchoredExtraSections}. */
    final class Validator implements ConstraintValidator<AnchoredExtraSections, FeatureSpec> {
        @Override
        public boolean isValid(FeatureSpec spec, ConstraintValidatorContext context) {
            if (spec == null) {
                return true;
            }
            boolean valid = true;
            for (int i = 0; i < spec.extraSections().size(); i++) {
                ExtraSection extra = spec.extraSections().get(i);
                if (!present(spec, extra.after())) {
                    String what = extra.heading().map(Violations::quote).orElse("loose content");
                    Violations.add(
                            context,
                            "extra section " + what + " is placed after "
                                    + extra.after().key() + ", which this spec does not have",
                            "extraSections",
                            i,
                            "after");
                    valid = false;
                }
            }
            return valid;
        }

        private static boolean present(FeatureSpec spec, Section section) {
            return switch (section) {
                case API_CONTRACT -> spec.apiContract().isPresent();
                case CONFIGURATION_IMPACT -> spec.configurationImpact().isPresent();
                case SECURITY_IMPACT -> spec.securityImpact().isPresent();
                case OBSERVABILITY -> spec.observability().isPresent();
                default -> true;
            };
        }
    }
}
