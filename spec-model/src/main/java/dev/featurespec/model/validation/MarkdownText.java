package dev.featurespec.model.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.template.internal.LineStarts;
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
 * A text holds only the block structure Markdown can keep where the writer puts it, so that the spec
 * reads back the same: a labelled paragraph ({@code **Why this priority**: …}) is one paragraph; a
 * story's description is paragraphs only (a heading, list, quote, fence or rule would end it, a label or a
 * Given step would start another part of the story), one blank line between each two; a story's notes hold no heading that would end the story (an ATX heading of
 * level 1 to 3, or a line underlined as a setext heading), no thematic break (the story separator) and no
 * fenced code or HTML block left open, which would take in the rest of the document; no text
 * holds a line of only spaces or tabs, which would read back empty. Texts the
 * Markdown parser read always pass; a text from JSON or YAML that does not is reported with rule {@link
 * Rule#NOT_WRITABLE FS120}, naming the field, instead of being written as other structure (a second
 * story injected through a description). {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = MarkdownText.Validator.class)
@ReportsRule(Rule.NOT_WRITABLE)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface MarkdownText {
    /** The message when the validator does not build its own. */
    String message() default "{what} cannot be written as Markdown that reads back the same";

    /** The groups the constraint belongs to. */
    Class<?>[] groups() default {};

    /** The severity: none for an error, {@link Payloads.Warning} or {@link Payloads.Info}. */
    Class<? extends Payload>[] payload() default {};

    /** What the text is, for the message, e.g. {@code user story description}. */
    String what() default "text";

    /** Where the writer puts the text. */
    Form form();

    /** Where the Markdown writer puts a text, which says what structure it may hold. */
    enum Form {
        /** After a bold label: one paragraph. */
        PARAGRAPH,
        /** A story's description: paragraphs. */
        PARAGRAPHS,
        /**
         * A story's notes: any blocks but a heading of level 3 or less (ATX or setext), a thematic break and
         * a fenced code or HTML block left open.
         */
        STORY_NOTES,
        /**
         * A list item's text: any blocks, indented into the item, but a further line that would underline
         * the line before it as a heading ({@code ---}, {@code ===}).
         */
        ITEM,
        /** A story heading's title: it does not end with a separator the heading's grammar drops. */
        STORY_TITLE
    }

    /** Checks {@link MarkdownText}. */
    final class Validator implements ConstraintValidator<MarkdownText, String> {
        private String what = "text";
        private Form form = Form.PARAGRAPH;

        @Override
        public void initialize(MarkdownText annotation) {
            what = annotation.what();
            form = annotation.form();
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            if (text == null || text.isBlank()) {
                return true; // a blank text is @NotBlankText's
            }
            int control = control(text);
            if (control >= 0) {
                // Markdown reads a carriage return as a line end, NUL as U+FFFD, a form feed as blank space
                Violations.add(
                        context,
                        what + " holds the control character U+" + String.format("%04X", control)
                                + ", which Markdown does not keep");
                return false;
            }
            if (!text.equals(text.strip())) {
                // the parser trims every text it reads
                Violations.add(context, what + " starts or ends with blank space, which Markdown does not keep");
                return false;
            }
            Optional<String> bad = problem(text, form);
            if (bad.isEmpty()) {
                return true;
            }
            Violations.add(
                    context,
                    what + " holds '" + shown(bad.get()) + "', which Markdown would read as "
                            + (form == Form.PARAGRAPH ? "the end of the paragraph" : "other structure")
                            + "; write it as text of its own");
            return false;
        }

        /** The first control character of {@code text} but line feed and tab, or -1. */
        static int control(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
                    return c;
                }
            }
            return -1;
        }

        /** The first line of {@code text} that would not read back in {@code form}, if any. */
        static Optional<String> problem(String text, Form form) {
            if (form != Form.STORY_TITLE) {
                // a line of only spaces or tabs reads back empty, in any block the writer puts a text in
                for (String line : text.split("\n", -1)) {
                    if (!line.isEmpty() && line.isBlank()) {
                        return Optional.of(line);
                    }
                }
            }
            return switch (form) {
                case PARAGRAPH -> TextBlocks.paragraphBreak(text);
                case PARAGRAPHS -> paragraphs(text);
                case STORY_NOTES ->
                    TextBlocks.structure(text, 3, true)
                            .or(() -> TextBlocks.setextUnderline(text))
                            .or(() -> TextBlocks.unclosed(text));
                case ITEM -> TextBlocks.setextUnderline(text);
                case STORY_TITLE ->
                    !text.isEmpty() && "-–—:：".indexOf(text.charAt(text.length() - 1)) >= 0
                            ? Optional.of(text)
                            : Optional.empty();
            };
        }

        private static Optional<String> paragraphs(String text) {
            int blankLines = text.indexOf("\n\n\n");
            if (blankLines >= 0) {
                // the parser keeps the paragraphs, not the blank lines between them: it joins them with one
                return Optional.of(
                        text.substring(blankLines).strip().lines().findFirst().orElse(""));
            }
            for (String paragraph : text.split("\n[ \t]*\n")) {
                String p = paragraph.strip();
                if (p.isEmpty()) {
                    continue;
                }
                if (!p.equals(paragraph)) {
                    // the parser trims each paragraph it reads: blank space at either end does not come back
                    return Optional.of(paragraph);
                }
                String first = p.lines().findFirst().orElse("");
                if (LineStarts.needsEscape(first)
                        || first.startsWith("|")
                        || TextBlocks.htmlStart(first)
                        || label(first)
                        || StoryNotes.Validator.startsWithGiven(first)) {
                    return Optional.of(first);
                }
                Optional<String> inner = TextBlocks.paragraphBreak(p);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }

        /**
         * True when {@code line} opens with a story label of a built-in language: the story would read it as
         * one. The label is looked up as the parser looks it up ({@link Vocabulary#label}: leading marks and
         * numbers, emphasis and a trailing colon aside, any case), so {@code **~]Independent test**:} counts.
         */
        private static boolean label(String line) {
            Syntax.BoldLabel bold = Syntax.boldLabel(line);
            return bold != null && Vocabulary.builtIn().label(bold.label()) != null;
        }

        private static String shown(String line) {
            String s = line.strip();
            return s.length() > 40 ? s.substring(0, 40) + "…" : s;
        }
    }
}
