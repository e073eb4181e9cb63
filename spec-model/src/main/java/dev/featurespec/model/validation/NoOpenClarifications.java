package dev.featurespec.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.internal.ClarificationMarkers;
import dev.featurespec.model.internal.SpecTexts;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * No {@code [NEEDS CLARIFICATION: …]} marker is left open: every question has been answered (with
 * {@code /speckit.clarify}) before planning. Each marker is reported at its text; markers in code and
 * mentions of markers (a quality checklist's {@code No [NEEDS CLARIFICATION] markers remain}) do not
 * count, as {@link dev.featurespec.model.FeatureSpec#openClarifications()} explains. Rule {@link
 * Rule#OPEN_CLARIFICATION FS110}; the model declares it an error in {@link ReadyForPlanning} only.
 */
@Documented
@Constraint(validatedBy = NoOpenClarifications.Validator.class)
@ReportsRule(Rule.OPEN_CLARIFICATION)
@Target({TYPE, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface NoOpenClarifications {
    /** The message when the validator does not build its own. */
    String message() default "a [NEEDS CLARIFICATION] marker is still open";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The severity: none for an error, {@link Payloads.Warning} or {@link Payloads.Info}. */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link NoOpenClarifications}. */
    final class Validator implements ConstraintValidator<NoOpenClarifications, FeatureSpec> {
        @Override
        public boolean isValid(FeatureSpec spec, ConstraintValidatorContext context) {
            if (spec == null) {
                return true;
            }
            boolean valid = true;
            for (SpecTexts.TextField field : SpecTexts.of(spec)) {
                for (ClarificationMarkers.Found marker :
                        ClarificationMarkers.find(field.text(), field.markdownBody())) {
                    Violations.add(
                            context, ClarificationMarkers.shown(marker.question()) + " is still open", field.path());
                    valid = false;
                }
            }
            return valid;
        }
    }
}
