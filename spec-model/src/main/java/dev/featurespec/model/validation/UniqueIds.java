package dev.featurespec.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.diagnostic.Rule;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Functional requirement ids are unique, and so are success criterion ids. Each repeat is reported at
 * the repeating element's id ({@code functionalRequirements[3].id}) as {@code FR-007 is declared twice
 * (first at functionalRequirements[1])}. Rule {@link Rule#DUPLICATE_ID FS105}.
 */
@Documented
@Constraint(validatedBy = UniqueIds.Validator.class)
@ReportsRule(Rule.DUPLICATE_ID)
@Target({TYPE, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface UniqueIds {
    /** The message when the validator does not build its own. */
    String message() default "an id is declared twice";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The severity: none for an error, {@link Payloads.Warning} or {@link Payloads.Info}. */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link UniqueIds}. */
    final class Validator implements ConstraintValidator<UniqueIds, FeatureSpec> {
        @Override
        public boolean isValid(FeatureSpec spec, ConstraintValidatorContext context) {
            if (spec == null) {
                return true;
            }
            boolean valid = check(spec.functionalRequirements(), r -> r.id(), "functionalRequirements", context);
            valid &= check(spec.successCriteria(), c -> c.id(), "successCriteria", context);
            return valid;
        }

        private static <T> boolean check(
                List<T> elements, Function<T, Optional<String>> id, String list, ConstraintValidatorContext context) {
            Map<String, Integer> first = new HashMap<>();
            boolean valid = true;
            for (int i = 0; i < elements.size(); i++) {
                Optional<String> value = id.apply(elements.get(i));
                if (value.isEmpty()) {
                    continue;
                }
                Integer previous = first.putIfAbsent(value.get(), i);
                if (previous != null) {
                    Violations.add(
                            context,
                            value.get() + " is declared twice (first at " + list + "[" + previous + "])",
                            list,
                            i,
                            "id");
                    valid = false;
                }
            }
            return valid;
        }
    }
}
