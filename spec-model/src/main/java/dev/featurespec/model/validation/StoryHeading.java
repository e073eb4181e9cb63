package dev.featurespec.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.featurespec.model.Priority;
import dev.featurespec.model.UserStory;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.template.internal.Vocabulary;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Optional;

/**
 * A story's title reads back from its heading as it is: the Markdown parser takes the story's priority
 * from the last parenthesised group in the heading that opens with a priority word of a built-in
 * language ({@code (Priority: P1)}, {@code (prioriteit …)}) or is a bare {@code (P1)}, so a title that
 * holds such a group where the written priority would not be the last one, or that holds one naming a
 * priority while the story has none, would read back with another title or priority. The parser cuts a
 * title at such a group, so a story it read passes; one from JSON or YAML is reported at its {@code
 * title} with rule {@link Rule#NOT_WRITABLE FS120}.
 */
@Documented
@Constraint(validatedBy = StoryHeading.Validator.class)
@ReportsRule(Rule.NOT_WRITABLE)
@Target({TYPE, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface StoryHeading {
    /** The message when the validator does not build its own. */
    String message() default "user story title holds a priority group the heading would read as its own";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The severity: none for an error, {@link Payloads.Warning} or {@link Payloads.Info}. */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link StoryHeading}. */
    final class Validator implements ConstraintValidator<StoryHeading, UserStory> {
        @Override
        public boolean isValid(UserStory story, ConstraintValidatorContext context) {
            if (story == null || !misread(story.title(), story.priority())) {
                return true;
            }
            Violations.add(
                    context,
                    "user story title holds a priority group in parentheses that the heading would read as the"
                            + " story's priority; write it without one",
                    "title");
            return false;
        }

        /**
         * True when the heading written from {@code title} and {@code priority} ({@code title (Priority:
         * P1)}, or the title alone) would not read back as them: the last priority group the parser finds is
         * not the written one, or, without a priority, one that names a priority.
         */
        static boolean misread(String title, Optional<Priority> priority) {
            if (title == null || (title.indexOf('(') < 0 && title.indexOf('（') < 0)) {
                return false;
            }
            String rest = priority.map(p -> title + " (Priority: " + p + ")").orElse(title);
            Vocabulary.PriorityGroup group = Vocabulary.builtIn().lastPriorityGroup(rest);
            if (priority.isPresent()) {
                return group == null || group.start() != title.length() + 1;
            }
            if (group == null) {
                return false;
            }
            try {
                Priority.parse(group.value());
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
