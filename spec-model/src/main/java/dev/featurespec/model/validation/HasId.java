package dev.featurespec.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.featurespec.model.Requirement;
import dev.featurespec.model.SuccessCriterion;
import dev.featurespec.model.diagnostic.Rule;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A functional requirement or success criterion has an id, so plans and tasks can refer to it. Rule
 * {@link Rule#MISSING_REQUIREMENT_ID FS118}, declared with {@link Payloads.Warning} on the model.
 */
@Documented
@Constraint(validatedBy = {HasId.RequirementValidator.class, HasId.CriterionValidator.class})
@ReportsRule(Rule.MISSING_REQUIREMENT_ID)
@Target({TYPE, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface HasId {
    /** The message when the validator does not build its own. */
    String message() default "element has no id";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The severity: none for an error, {@link Payloads.Warning} or {@link Payloads.Info}. */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link HasId} on a {@link Requirement}. */
    final class RequirementValidator implements ConstraintValidator<HasId, Requirement> {
        @Override
        public boolean isValid(Requirement requirement, ConstraintValidatorContext context) {
            if (requirement == null || requirement.id().isPresent()) {
                return true;
            }
            Violations.add(context, "requirement " + Violations.quote(requirement.text()) + " has no id (e.g. FR-001)");
            return false;
        }
    }

    /** Checks {@link HasId} on a {@link SuccessCriterion}. */
    final class CriterionValidator implements ConstraintValidator<HasId, SuccessCriterion> {
        @Override
        public boolean isValid(SuccessCriterion criterion, ConstraintValidatorContext context) {
            if (criterion == null || criterion.id().isPresent()) {
                return true;
            }
            Violations.add(
                    context, "success criterion " + Violations.quote(criterion.text()) + " has no id (e.g. SC-001)");
            return false;
        }
    }
}
