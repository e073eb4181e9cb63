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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An acceptance scenario has a Given, a When and a Then part, none blank. One violation per scenario
 * names the missing parts and sits at the first of them ({@code userStories[0].acceptanceScenarios[1].then}). Rule {@link
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
            List<String> missing = new ArrayList<>(3);
            String first = null;
            for (String part : List.of("given", "when", "then")) {
                Optional<String> value = part(scenario, part);
                if (value.isEmpty() || value.get().isBlank()) {
                    missing.add(Character.toUpperCase(part.charAt(0)) + part.substring(1));
                    first = first == null ? part : first;
                }
            }
            if (missing.isEmpty()) {
                return true;
            }
            String parts = missing.size() == 1
                    ? missing.get(0) + " part"
                    : String.join(", ", missing.subList(0, missing.size() - 1)) + " or "
                            + missing.get(missing.size() - 1) + " part";
            Violations.add(
                    context, "acceptance scenario " + Violations.quote(scenario.text()) + " has no " + parts, first);
            return false;
        }

        private static Optional<String> part(AcceptanceScenario scenario, String part) {
            return switch (part) {
                case "given" -> scenario.given();
                case "when" -> scenario.when();
                default -> scenario.then();
            };
        }
    }
}
