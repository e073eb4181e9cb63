package dev.featurespec.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.template.Profiles;
import dev.featurespec.model.template.TemplateSection;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Optional;

/**
 * Every mandatory section of the spec's built-in profile ({@link Profiles#forSpec}) that holds typed
 * content has some: user stories, functional requirements and success criteria; when the spec has any of
 * the four extended sections, all four with at least one statement. Each empty section is reported at
 * its property ({@code successCriteria}). Rule {@link
 * Rule#EMPTY_MANDATORY_SECTION FS114}; the model declares it in {@link ReadyForPlanning} only.
 */
@Documented
@Constraint(validatedBy = MandatorySections.Validator.class)
@ReportsRule(Rule.EMPTY_MANDATORY_SECTION)
@Target({TYPE, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface MandatorySections {
    /** The message when the validator does not build its own. */
    String message() default "a mandatory section is empty";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The severity: none for an error, {@link Payloads.Warning} or {@link Payloads.Info}. */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link MandatorySections}. */
    final class Validator implements ConstraintValidator<MandatorySections, FeatureSpec> {
        @Override
        public boolean isValid(FeatureSpec spec, ConstraintValidatorContext context) {
            if (spec == null) {
                return true;
            }
            boolean valid = true;
            for (TemplateSection section : Profiles.forSpec(spec).mandatorySections()) {
                Optional<String> property = section.contentProperty();
                if (property.isPresent() && !section.filledIn(spec)) {
                    Violations.add(context, "mandatory section " + section.contentName() + " is empty", property.get());
                    valid = false;
                }
            }
            return valid;
        }
    }
}
