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
 * A functional requirement id has an id's form: letters, a hyphen (missing in {@code FR1}, which is read too) and a
 * number, optionally a letter or
 * {@code .n} suffix ({@code FR-001}, {@code RF-001}, {@code FR-1}, {@code FR-001a}). {@code FR-X} and
 * {@code XYZ} are not. Rule {@link Rule#REQUIREMENT_ID_FORMAT FS101}; {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = RequirementId.Validator.class)
@ReportsRule(Rule.REQUIREMENT_ID_FORMAT)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface RequirementId {
    /** The message when the validator does not build its own. */
    String message() default "not a requirement id (expected FR-001)";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The severity: none for an error, {@link Payloads.Warning} or {@link Payloads.Info}. */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link RequirementId}. */
    final class Validator extends IdValidator<RequirementId> {
        /** The validator Bean Validation creates. */
        public Validator() {
            super(Ids.Form.INVALID, "requirement id", "FR-001");
        }
    }
}
