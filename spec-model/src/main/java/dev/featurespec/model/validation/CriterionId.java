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
 * A success criterion id has an id's form: letters, a hyphen (missing in {@code SC1}, which is read too) and a
 * number, optionally a letter or
 * {@code .n} suffix ({@code SC-001}, translated {@code CS-001} or {@code CE-001}, {@code SC-1}). Rule
 * {@link Rule#CRITERION_ID_FORMAT FS103}; {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = CriterionId.Validator.class)
@ReportsRule(Rule.CRITERION_ID_FORMAT)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface CriterionId {
    /** The message when the validator does not build its own. */
    String message() default "not a success criterion id (expected SC-001)";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The severity: none for an error, {@link Payloads.Warning} or {@link Payloads.Info}. */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link CriterionId}. */
    final class Validator extends IdValidator<CriterionId> {
        /** The validator Bean Validation creates. */
        public Validator() {
            super(Ids.Form.INVALID, "success criterion id", "SC-001");
        }
    }
}
