package dev.featurespec.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.featurespec.model.Priority;
import dev.featurespec.model.UserStory;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.template.Languages;
import dev.featurespec.model.template.internal.Syntax;
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
 * A story's notes hold no paragraph the story would read as one of its own parts: one that opens with
 * {@code **Why this priority**:} or {@code **Independent Test**:} (in any built-in language) while the
 * story has none, with {@code **Acceptance Scenarios**:}, or with {@code **Priority**: P1} while the
 * story has no priority. The Markdown parser keeps such a paragraph in the notes only when the story
 * already has that part, so a story it read always passes; one from JSON or YAML is reported at its
 * {@code notes} with rule {@link Rule#NOT_WRITABLE FS120}.
 */
@Documented
@Constraint(validatedBy = StoryNotes.Validator.class)
@ReportsRule(Rule.NOT_WRITABLE)
@Target({TYPE, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface StoryNotes {
    /** The message when the validator does not build its own. */
    String message() default "user story notes hold a label the story would read as its own";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The severity: none for an error, {@link Payloads.Warning} or {@link Payloads.Info}. */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link StoryNotes}. */
    final class Validator implements ConstraintValidator<StoryNotes, UserStory> {
        /** The labels of every built-in language. */
        private static final class BuiltIn {
            static final Vocabulary VOCABULARY = new Vocabulary(Languages.builtIn(), null);
        }

        @Override
        public boolean isValid(UserStory story, ConstraintValidatorContext context) {
            if (story == null || story.notes().isEmpty()) {
                return true;
            }
            Optional<String> label = ownLabel(story, story.notes().get());
            if (label.isEmpty()) {
                return true;
            }
            Violations.add(
                    context,
                    "user story notes hold the paragraph '" + label.get() + "', which the story would read as its "
                            + "own; write it in its field",
                    "notes");
            return false;
        }

        /**
         * The first paragraph of {@code notes}, outside fenced code and HTML comments, that opens with a label
         * {@code story} would take as one of its parts; empty when there is none.
         */
        static Optional<String> ownLabel(UserStory story, String notes) {
            String fence = null;
            boolean inComment = false;
            // true where a line would start a paragraph: first, after a blank line, a heading or a fence
            boolean start = true;
            for (String line : notes.split("\n", -1)) {
                String t = line.strip();
                boolean opens = start;
                start = false;
                if (fence != null) {
                    char f = fence.charAt(0);
                    if (t.startsWith(fence) && t.chars().allMatch(c -> c == f)) {
                        fence = null;
                        start = true;
                    }
                } else if (inComment) {
                    inComment = !t.contains("-->");
                } else if (t.isEmpty() || t.startsWith("#")) {
                    start = true;
                } else if (t.startsWith("```") || t.startsWith("~~~")) {
                    int n = 0;
                    while (n < t.length() && t.charAt(n) == t.charAt(0)) {
                        n++;
                    }
                    fence = t.substring(0, n);
                } else if (opens && t.startsWith("<!--")) {
                    inComment = !t.substring(4).contains("-->");
                } else if (opens && line.length() - line.stripLeading().length() < 4 && opensWithOwnLabel(story, t)) {
                    return Optional.of(t.length() > 40 ? t.substring(0, 40) + "…" : t);
                }
            }
            return Optional.empty();
        }

        private static boolean opensWithOwnLabel(UserStory story, String line) {
            Syntax.BoldLabel bold = Syntax.boldLabel(line);
            Vocabulary.Hit hit = bold == null ? null : BuiltIn.VOCABULARY.label(bold.label());
            if (hit == null) {
                return false;
            }
            String rest = line.substring(bold.end()).strip();
            return switch (hit.term()) {
                case LABEL_WHY_THIS_PRIORITY -> story.whyThisPriority().isEmpty();
                case LABEL_INDEPENDENT_TEST -> story.independentTest().isEmpty();
                case LABEL_ACCEPTANCE_SCENARIOS -> true;
                case LABEL_PRIORITY -> story.priority().isEmpty() && priority(rest);
                default -> false;
            };
        }

        private static boolean priority(String text) {
            try {
                Priority.parse(text);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
