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
 * A functional requirement id is in canonical form: letters, a hyphen and three digits ({@code FR-001},
 * translated {@code RF-001}). {@code FR-1}, {@code FR-01} and {@code FR-001a} are accepted ids but not
 * canonical. Ids that are not ids at all are left to {@link RequirementId}. Rule {@link
 * Rule#REQUIREMENT_ID_NONCANONICAL FS102}, declared with {@link Payloads.Warning} on the model.
 */
@Documented
@Constraint(validatedBy = CanonicalRequirementId.Validator.class)
@ReportsRule(Rule.REQUIREMENT_ID_NONCANONICAL)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface CanonicalRequirementId {
    /** The message when the validator does not build its own. */
    String message() default "requirement id is not canonical (expected FR-001)";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The severity: none for an error, {@link Payloads.Warning} or {@link Payloads.Info}. */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link CanonicalRequirementId}. */
    final class Validator extends IdValidator<CanonicalRequirementId> {
        /** The validator Bean Validation creates. */
        public Validator() {
            super(Ids.Form.ACCEPTED, "requirement id", "FR-001");
        }
    }
}
