package dev.featurespec.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.featurespec.model.Requirement;
import dev.featurespec.model.diagnostic.Rule;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A functional requirement says how binding it is with an upper-case RFC 2119 keyword ({@code MUST},
 * {@code SHOULD}, {@code MAY}, …), see {@link Requirement#level()}. Reported at the requirement's
 * {@code text}; blank texts are left to {@link NotBlankText}. Rule {@link
 * Rule#MISSING_RFC2119_KEYWORD FS111}, declared with {@link Payloads.Warning} on the model.
 */
@Documented
@Constraint(validatedBy = Rfc2119Keyword.Validator.class)
@ReportsRule(Rule.MISSING_RFC2119_KEYWORD)
@Target({TYPE, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Rfc2119Keyword {
    /** The message when the validator does not build its own. */
    String message() default "requirement has no RFC 2119 keyword";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The severity: none for an error, {@link Payloads.Warning} or {@link Payloads.Info}. */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link Rfc2119Keyword}. */
    final class Validator implements ConstraintValidator<Rfc2119Keyword, Requirement> {
        @Override
        public boolean isValid(Requirement requirement, ConstraintValidatorContext context) {
            if (requirement == null
                    || requirement.text().isBlank()
                    || requirement.level().isPresent()) {
                return true;
            }
            String who = requirement.id().orElse("requirement " + Violations.quote(requirement.text()));
            Violations.add(context, who + " has no RFC 2119 keyword (MUST, SHOULD, MAY, …)", "text");
            return false;
        }
    }
}
