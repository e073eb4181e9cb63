package dev.featurespec.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.featurespec.model.AcceptanceScenario;
import dev.featurespec.model.diagnostic.Rule;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Optional;

/**
 * An acceptance scenario has a Given, a When and a Then part, none blank. Each missing part is one
 * violation at that part ({@code userStories[0].acceptanceScenarios[1].then}). Rule {@link
 * Rule#INCOMPLETE_SCENARIO FS107}, declared with {@link Payloads.Warning} on the model.
 */
@Documented
@Constraint(validatedBy = CompleteScenario.Validator.class)
@ReportsRule(Rule.INCOMPLETE_SCENARIO)
@Target({TYPE, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface CompleteScenario {
    /** The message when the validator does not build its own. */
    String message() default "acceptance scenario lacks a Given, When or Then part";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The severity: none for an error, {@link Payloads.Warning} or {@link Payloads.Info}. */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link CompleteScenario}. */
    final class Validator implements ConstraintValidator<CompleteScenario, AcceptanceScenario> {
        @Override
        public boolean isValid(AcceptanceScenario scenario, ConstraintValidatorContext context) {
            if (scenario == null) {
                return true;
            }
            boolean valid = check(scenario.given(), "given", "Given", scenario, context);
            valid &= check(scenario.when(), "when", "When", scenario, context);
            valid &= check(scenario.then(), "then", "Then", scenario, context);
            return valid;
        }

        private static boolean check(
                Optional<String> part,
                String property,
                String keyword,
                AcceptanceScenario scenario,
                ConstraintValidatorContext context) {
            if (part.isPresent() && !part.get().isBlank()) {
                return true;
            }
            Violations.add(
                    context,
                    "acceptance scenario " + Violations.quote(scenario.text()) + " has no " + keyword + " part",
                    property);
            return false;
        }
    }
}
