package dev.featurespec.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.featurespec.model.UserStory;
import dev.featurespec.model.diagnostic.Rule;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A user story says how to test it on its own ({@code **Independent Test**:}), not blank. Reported at
 * the story's {@code independentTest}. Rule {@link Rule#MISSING_INDEPENDENT_TEST FS113}, declared
 * with {@link Payloads.Warning} on the model.
 */
@Documented
@Constraint(validatedBy = IndependentTest.Validator.class)
@ReportsRule(Rule.MISSING_INDEPENDENT_TEST)
@Target({TYPE, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface IndependentTest {
    /** The message when the validator does not build its own. */
    String message() default "user story has no independent test";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The severity: none for an error, {@link Payloads.Warning} or {@link Payloads.Info}. */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link IndependentTest}. */
    final class Validator implements ConstraintValidator<IndependentTest, UserStory> {
        @Override
        public boolean isValid(UserStory story, ConstraintValidatorContext context) {
            if (story == null
                    || story.independentTest().filter(t -> !t.isBlank()).isPresent()) {
                return true;
            }
            Violations.add(
                    context,
                    "user story " + story.number() + " " + Violations.quote(story.title()) + " has no independent test",
                    "independentTest");
            return false;
        }
    }
}
