package dev.featurespec.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.UserStory;
import dev.featurespec.model.diagnostic.Rule;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.StringJoiner;

/**
 * When a spec has user stories, at least one has priority {@code P1} (or {@code P0}): the MVP slice.
 * Reported at {@code userStories}. Rule {@link Rule#NO_P1_STORY FS112}, declared with {@link
 * Payloads.Warning} on the model.
 */
@Documented
@Constraint(validatedBy = HasP1Story.Validator.class)
@ReportsRule(Rule.NO_P1_STORY)
@Target({TYPE, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface HasP1Story {
    /** The message when the validator does not build its own. */
    String message() default "no user story has priority P1";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The severity: none for an error, {@link Payloads.Warning} or {@link Payloads.Info}. */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link HasP1Story}. */
    final class Validator implements ConstraintValidator<HasP1Story, FeatureSpec> {
        @Override
        public boolean isValid(FeatureSpec spec, ConstraintValidatorContext context) {
            if (spec == null || spec.userStories().isEmpty()) {
                return true;
            }
            StringJoiner found = new StringJoiner(", ");
            for (UserStory story : spec.userStories()) {
                if (story.priority().isPresent()) {
                    if (story.priority().get().rank() <= 1) {
                        return true;
                    }
                    found.add(story.priority().get().toString());
                }
            }
            String priorities = found.length() == 0 ? "none has a priority" : "priorities are " + found;
            Violations.add(context, "no user story has priority P1 or P0 (" + priorities + ")", "userStories");
            return false;
        }
    }
}
