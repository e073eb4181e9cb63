package dev.featurespec.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.featurespec.model.Priority;
import dev.featurespec.model.UserStory;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.template.Languages;
import dev.featurespec.model.template.Term;
import dev.featurespec.model.template.internal.Fence;
import dev.featurespec.model.template.internal.KeywordMatcher;
import dev.featurespec.model.template.internal.Syntax;
import dev.featurespec.model.template.internal.Vocabulary;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A story's notes hold nothing the story would read as one of its own parts: a paragraph that opens with
 * {@code **Why this priority**:} or {@code **Independent Test**:} (in any built-in language) while the
 * story has none, with {@code **Acceptance Scenarios**:}, with {@code **Priority**: P1} while the story
 * has no priority, or with a Given step ({@code **Given** …}, {@code Дано …}); or a list item naming two
 * of Given, When and Then, which makes its list scenarios. The Markdown parser keeps such a paragraph in
 * the notes only when the story already has that part, and such a list never, so a story it read passes; one from JSON or YAML is reported at its
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
            Optional<String> part = ownPart(story, story.notes().get());
            if (part.isEmpty()) {
                return true;
            }
            String shown = part.get().length() > 40 ? part.get().substring(0, 40) + "…" : part.get();
            Violations.add(
                    context,
                    "user story notes hold '" + shown + "', which the story would read as its own label or "
                            + "scenario; write it in its field",
                    "notes");
            return false;
        }

        /**
         * The first line of {@code notes}, outside fenced code and HTML comments, that {@code story} would read
         * as one of its own parts: a paragraph that opens with such a label or with a Given step, or a list
         * item naming two of Given, When and Then (a scenario); empty when there is none.
         */
        static Optional<String> ownPart(UserStory story, String notes) {
            String fence = null;
            boolean inComment = false;
            // true where a line would start a paragraph: first, after a blank line, a heading or a fence
            boolean start = true;
            // the list item being read: its first line, indentation and text so far (null outside a list)
            String itemLine = null;
            int itemIndent = 0;
            StringBuilder item = new StringBuilder();
            boolean blankBefore = false;
            for (String line : notes.split("\n", -1)) {
                String t = line.strip();
                int indent = line.length() - line.stripLeading().length();
                boolean opens = start;
                start = false;
                boolean marker = fence == null && !inComment && listItem(t);
                if (itemLine != null
                        && (fence != null || inComment || !t.isEmpty())
                        && (marker && indent <= itemIndent || blankBefore && indent == 0 && !marker)) {
                    // the item ends: at the next item of its list or at a paragraph after a blank line
                    if (stepKinds(item.toString()) >= 2) {
                        return Optional.of(itemLine);
                    }
                    itemLine = null;
                }
                if (itemLine != null) {
                    item.append('\n').append(t);
                }
                blankBefore = t.isEmpty();
                if (fence != null) {
                    // (stripped: a fence inside a list item is indented by the item's content)
                    if (Fence.closes(fence, t)) {
                        fence = null;
                        start = true;
                    }
                } else if (inComment) {
                    inComment = !t.contains("-->");
                } else if (t.isEmpty() || t.startsWith("#")) {
                    start = true;
                } else if (Fence.opening(t) != null) {
                    fence = Fence.opening(t);
                } else if (opens && t.startsWith("<!--")) {
                    inComment = !t.substring(4).contains("-->");
                } else if (marker && itemLine == null) {
                    itemLine = t;
                    itemIndent = indent;
                    item.setLength(0);
                    item.append(t);
                } else if (opens
                        && indent < 4
                        && itemLine == null
                        && (opensWithOwnLabel(story, t) || startsWithGiven(t))) {
                    return Optional.of(t);
                }
            }
            return itemLine != null && stepKinds(item.toString()) >= 2 ? Optional.of(itemLine) : Optional.empty();
        }

        /** True when {@code line} (stripped) starts a list item: a bullet or a number and a dot or parenthesis. */
        private static boolean listItem(String line) {
            if (line.length() >= 2
                    && "-*+".indexOf(line.charAt(0)) >= 0
                    && (line.charAt(1) == ' ' || line.charAt(1) == '\t')) {
                return true;
            }
            int i = 0;
            while (i < line.length() && i < 9 && Character.isDigit(line.charAt(i))) {
                i++;
            }
            return i > 0
                    && i < line.length()
                    && (line.charAt(i) == '.' || line.charAt(i) == ')')
                    && (i + 1 == line.length() || line.charAt(i + 1) == ' ' || line.charAt(i + 1) == '\t');
        }

        /** True when {@code text} opens with a Given step of a built-in language: a scenario paragraph. */
        static boolean startsWithGiven(String text) {
            KeywordMatcher m = BuiltIn.VOCABULARY.keywords(text);
            if (!m.find() || m.start() != 0) {
                return false;
            }
            Vocabulary.Hit hit = hit(m);
            return hit != null && hit.term() == Term.STEP_GIVEN;
        }

        /** How many of Given, When and Then {@code text} names, as the parser counts them in a list item. */
        private static int stepKinds(String text) {
            KeywordMatcher m = BuiltIn.VOCABULARY.keywords(text);
            Set<Term> kinds = EnumSet.noneOf(Term.class);
            while (m.find() && kinds.size() < 3) {
                Vocabulary.Hit hit = hit(m);
                if (hit != null && hit.term() != Term.STEP_AND) {
                    kinds.add(hit.term());
                }
            }
            return kinds.size();
        }

        private static Vocabulary.Hit hit(KeywordMatcher m) {
            return BuiltIn.VOCABULARY.keyword(m.group(1) != null ? m.group(1) : m.group(3));
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
