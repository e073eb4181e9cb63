package dev.featurespec.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.featurespec.model.Priority;
import dev.featurespec.model.UserStory;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.template.internal.Fence;
import dev.featurespec.model.template.internal.HtmlBlock;
import dev.featurespec.model.template.internal.Syntax;
import dev.featurespec.model.template.internal.TextBlocks;
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
            // the kind of the HTML block being read (HtmlBlock: a comment, <pre>, <div>, …), 0 outside one
            int html = 0;
            // an indented code block (four spaces where a paragraph could start), which ends at a line
            // indented less, and that line starts a paragraph
            boolean inCode = false;
            // true where a line would start a paragraph: first, after a blank line, a heading, a fence, an
            // HTML comment or indented code
            boolean start = true;
            // the list item being read: its first line and text so far (null outside a list)
            String itemLine = null;
            // where the item's content starts: a line indented less is not part of it
            int itemContent = 0;
            // true while the item's last line is paragraph text, which a line indented less may continue
            // (a lazy line); false while it holds nothing but its marker ("-", "1.") or after a heading
            boolean itemParagraph = false;
            StringBuilder item = new StringBuilder();
            boolean blankBefore = false;
            for (String line : notes.split("\n", -1)) {
                String t = line.strip();
                int indent = line.length() - line.stripLeading().length();
                boolean opens = start;
                int kind; // of the HTML block the line starts, set where that is asked
                start = false;
                if (inCode && !t.isEmpty() && indent < 4) {
                    inCode = false;
                    opens = true;
                }
                boolean marker =
                        fence == null && html == 0 && !inCode && listItem(t) && (itemLine != null || indent < 4);
                boolean heading = fence == null && html == 0 && !inCode && TextBlocks.atxLevel(t) > 0;
                // a line indented less than the item's content that no paragraph of the item takes in: a
                // heading, or any line after the marker alone or after a heading; it starts a block of its own
                boolean notLazy = itemLine != null
                        && fence == null
                        && html == 0
                        && !t.isEmpty()
                        && !marker
                        && indent < itemContent
                        && (!itemParagraph || heading);
                if (itemLine != null
                        && (fence != null || html != 0 || !t.isEmpty())
                        && (marker && indent < itemContent
                                || blankBefore && indent < itemContent && !marker
                                || notLazy)) {
                    // the item ends: at the next item of its list, at a paragraph after a blank line, or at
                    // a line not indented into it that no paragraph of it takes in, which starts a block
                    if (Vocabulary.builtIn().stepKinds(item.toString()) >= 2) {
                        return Optional.of(itemLine);
                    }
                    itemLine = null;
                    opens |= notLazy;
                }
                if (itemLine != null && !t.isEmpty()) {
                    itemParagraph = fence == null
                            && html == 0
                            && !heading
                            && Fence.opening(t) == null
                            && !(marker && emptyItem(t));
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
                } else if (html != 0) {
                    // a fence line in here is HTML; after the block, a line may start a paragraph
                    if (HtmlBlock.ends(html, t)) {
                        html = 0;
                        start = true;
                    }
                } else if (inCode) {
                    // a line of the indented code block
                } else if (indent < 4 && (itemLine == null || indent < itemContent) && readAsHeading(t)) {
                    // a heading ends any paragraph or list; the story reads one in these words as its own
                    return Optional.of(t);
                } else if (t.isEmpty() || t.startsWith("#")) {
                    start = true;
                } else if ((indent < 4 || itemLine != null) && Fence.opening(t) != null) {
                    fence = Fence.opening(t);
                } else if ((indent < 4 || itemLine != null) && (kind = HtmlBlock.start(t, !opens)) != 0) {
                    // an HTML block: kinds 1 to 6 interrupt a paragraph, a lone complete tag only starts one
                    html = kind <= 5 && HtmlBlock.ends(kind, t) ? 0 : kind;
                    start = html == 0;
                } else if (opens && indent >= 4 && itemLine == null) {
                    inCode = true;
                } else if (marker && itemLine == null) {
                    itemLine = t;
                    itemContent = contentColumn(line);
                    itemParagraph = !emptyItem(t);
                    item.setLength(0);
                    item.append(t);
                } else if (opens
                        && indent < 4
                        && itemLine == null
                        && (opensWithOwnLabel(story, t) || startsWithGiven(t))) {
                    return Optional.of(t);
                }
            }
            return itemLine != null && Vocabulary.builtIn().stepKinds(item.toString()) >= 2
                    ? Optional.of(itemLine)
                    : Optional.empty();
        }

        /**
         * True when {@code line} (stripped) starts a list item: a bullet or a number and a dot or parenthesis,
         * then a space or nothing (an empty item).
         */
        private static boolean listItem(String line) {
            if (!line.isEmpty()
                    && "-*+".indexOf(line.charAt(0)) >= 0
                    && (line.length() == 1 || line.charAt(1) == ' ' || line.charAt(1) == '\t')) {
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

        /**
         * The column where the content of the list item {@code line} opens starts: after the marker and the
         * one to four spaces that follow it (one when more follow, or none, as CommonMark counts).
         */
        private static int contentColumn(String line) {
            int i = line.length() - line.stripLeading().length();
            while (i < line.length() && Character.isDigit(line.charAt(i))) {
                i++;
            }
            i++; // the bullet, or the dot or parenthesis after the number
            int spaces = 0;
            while (i + spaces < line.length() && line.charAt(i + spaces) == ' ') {
                spaces++;
            }
            boolean rest = i + spaces < line.length();
            return i + (rest && spaces >= 1 && spaces <= 4 ? spaces : 1);
        }

        /**
         * True when {@code line} (stripped) is an ATX heading that the story would not keep in its notes: one
         * in the words of a section, a story or a clarification session of a built-in language (levels 1
         * to 3 are refused as structure already, see {@link MarkdownText}).
         */
        static boolean readAsHeading(String line) {
            int level = TextBlocks.atxLevel(line);
            if (level == 0) {
                return false;
            }
            String text = line.substring(level).strip();
            int closing = text.length();
            while (closing > 0 && text.charAt(closing - 1) == '#') {
                closing--;
            }
            if (closing == 0 || closing < text.length() && Character.isWhitespace(text.charAt(closing - 1))) {
                text = text.substring(0, closing).strip();
            }
            if (text.isEmpty()) {
                return false;
            }
            if (Vocabulary.builtIn().heading(text) != null
                    || Vocabulary.builtIn()
                            .story()
                            .matcher(Syntax.unstruck(text))
                            .matches()) {
                return true;
            }
            java.util.regex.Matcher session = Vocabulary.builtIn().session().matcher(text);
            return session.matches() && Syntax.sessionRest(session.group(1));
        }

        /** True when {@code line} (stripped) is a list item's marker and nothing else: {@code -}, {@code 3.}. */
        private static boolean emptyItem(String line) {
            return line.length() == 1 ? "-*+".indexOf(line.charAt(0)) >= 0 : line.matches("\\d{1,9}[.)]");
        }

        /** True when {@code text} opens with a Given step of a built-in language: a scenario paragraph. */
        static boolean startsWithGiven(String text) {
            return Vocabulary.builtIn().startsWithGiven(text);
        }

        private static boolean opensWithOwnLabel(UserStory story, String line) {
            Syntax.BoldLabel bold = Syntax.boldLabel(line);
            Vocabulary.Hit hit = bold == null ? null : Vocabulary.builtIn().label(bold.label());
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
