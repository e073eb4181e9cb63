package dev.featurespec.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.internal.Ids;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A success criterion id is in canonical form: letters, a hyphen and three digits ({@code SC-001},
 * {@code CS-001}, {@code CE-001}). Rule {@link Rule#CRITERION_ID_NONCANONICAL FS104}, declared with
 * {@link Payloads.Warning} on the model.
 */
@Documented
@Constraint(validatedBy = CanonicalCriterionId.Validator.class)
@ReportsRule(Rule.CRITERION_ID_NONCANONICAL)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface CanonicalCriterionId {
    /** The message when the validator does not build its own. */
    String message() default "success criterion id is not canonical (expected SC-001)";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The severity: none for an error, {@link Payloads.Warning} or {@link Payloads.Info}. */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link CanonicalCriterionId}. */
    final class Validator extends IdValidator<CanonicalCriterionId> {
        /** The validator Bean Validation creates. */
        public Validator() {
            super(Ids.Form.ACCEPTED, "success criterion id", "SC-001");
        }
    }
}
