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
import java.util.List;

/**
 * A spec has at most {@link #max()} (3) {@code [NEEDS CLARIFICATION: …]} markers in all its texts
 * together, as Spec Kit's {@code /speckit.specify} requires; markers are counted as {@link
 * dev.featurespec.model.FeatureSpec#openClarifications()} finds them. The violation is reported at the
 * text holding the first marker too many. Rule {@link Rule#TOO_MANY_CLARIFICATIONS FS109}.
 */
@Documented
@Constraint(validatedBy = ClarificationLimit.Validator.class)
@ReportsRule(Rule.TOO_MANY_CLARIFICATIONS)
@Target({TYPE, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ClarificationLimit {
    /** The message when the validator does not build its own. */
    String message() default "more than {max} [NEEDS CLARIFICATION] markers";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The severity: none for an error, {@link Payloads.Warning} or {@link Payloads.Info}. */
    Class<? extends Payload>[] payload() default {};

    /** The most markers allowed. */
    int max() default 3;

    /** Checks {@link ClarificationLimit}. */
    final class Validator implements ConstraintValidator<ClarificationLimit, FeatureSpec> {
        private int max = 3;

        @Override
        public void initialize(ClarificationLimit annotation) {
            max = annotation.max();
        }

        @Override
        public boolean isValid(FeatureSpec spec, ConstraintValidatorContext context) {
            if (spec == null) {
                return true;
            }
            int count = 0;
            List<Object> firstTooMany = null;
            String firstTooManyText = null;
            for (SpecTexts.TextField field : SpecTexts.of(spec)) {
                for (ClarificationMarkers.Found marker :
                        ClarificationMarkers.find(field.text(), field.markdownBody())) {
                    count++;
                    if (count == max + 1) {
                        firstTooMany = field.path();
                        firstTooManyText = marker.question();
                    }
                }
            }
            if (count <= max) {
                return true;
            }
            Violations.add(
                    context,
                    count + " [NEEDS CLARIFICATION] markers, at most " + max + " allowed (marker " + (max + 1) + ": "
                            + Violations.quote(firstTooManyText) + ")",
                    firstTooMany);
            return false;
        }
    }
}
