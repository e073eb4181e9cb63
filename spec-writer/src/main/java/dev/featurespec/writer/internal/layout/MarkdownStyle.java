package dev.featurespec.writer.internal.layout;

import dev.featurespec.model.template.Language;
import dev.featurespec.model.template.Term;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The choices a Markdown spec's author makes that the model does not record: which words label the
 * structure, the bullet character, how an id or a label is made bold, the clarification arrow, how
 * ordered items are numbered, whether list items have blank lines between them, how a story heading
 * joins its label and title. {@link #canonical(Language)} is the canonical writer's style; a writer that
 * renders an element like its neighbours passes a style read from them.
 *
 * <pre>{@code
 * MarkdownStyle style = MarkdownStyle.canonical(Languages.english())
 *         .withBullet('*')
 *         .withArrow("->")
 *         .withWord(Term.LABEL_WHY_THIS_PRIORITY, "Why this matters");
 * }</pre>
 *
 * @param language the words of every term {@code words} does not give
 * @param words the author's word for a term where it is not the language's canonical one
 * @param bullet the bullet of unordered items: {@code -}, {@code *} or {@code +}
 * @param idForm how a requirement's or criterion's id is made bold: {@code **FR-001**:}
 * @param labelForm how a story label, a metadata name and a key entity's name are made bold
 * @param arrow what separates a clarification's question from its answer: {@code →} or {@code ->}
 * @param numbering how acceptance scenarios are numbered
 * @param looseItems true when list items are separated by a blank line
 * @param storySeparator what stands between a story heading's label and its title: {@code " - "}
 * @param storyRule true when a thematic break ({@code ---}) follows each story
 */
public record MarkdownStyle(
        Language language,
        Map<Term, String> words,
        char bullet,
        BoldForm idForm,
        BoldForm labelForm,
        String arrow,
        Numbering numbering,
        boolean looseItems,
        String storySeparator,
        boolean storyRule) {

    /**
     * Words the canonical writer writes in every language: Spec Kit's clarify command writes {@code Q:}
     * and {@code A:} whatever the spec's language, and an item table's header is {@code ID} and {@code
     * Description}.
     */
    private static final Map<Term, String> CANONICAL_WORDS = Map.of(
            Term.QUESTION, "Q",
            Term.ANSWER, "A",
            Term.LABEL_ID_COLUMN, "ID",
            Term.LABEL_TEXT_COLUMN, "Description");

    public MarkdownStyle {
        Objects.requireNonNull(language, "MarkdownStyle.language must not be null");
        Map<Term, String> copy = new EnumMap<>(Term.class);
        copy.putAll(Objects.requireNonNull(words, "MarkdownStyle.words must not be null"));
        words = Collections.unmodifiableMap(copy);
        if (bullet != '-' && bullet != '*' && bullet != '+') {
            throw new IllegalArgumentException("MarkdownStyle.bullet must be -, * or +: " + bullet);
        }
        Objects.requireNonNull(idForm, "MarkdownStyle.idForm must not be null");
        Objects.requireNonNull(labelForm, "MarkdownStyle.labelForm must not be null");
        Objects.requireNonNull(arrow, "MarkdownStyle.arrow must not be null");
        Objects.requireNonNull(numbering, "MarkdownStyle.numbering must not be null");
        Objects.requireNonNull(storySeparator, "MarkdownStyle.storySeparator must not be null");
    }

    /**
     * The canonical writer's style in {@code language}: the language's canonical words (but {@code Q},
     * {@code A} and an English table header), {@code -} bullets, {@code **FR-001**:} and {@code
     * **Label**:}, {@code →}, scenarios numbered {@code 1.} {@code 2.} …, tight lists, {@code " - "}
     * and a {@code ---} after each story.
     */
    public static MarkdownStyle canonical(Language language) {
        return new MarkdownStyle(
                language,
                CANONICAL_WORDS,
                '-',
                BoldForm.STARS,
                BoldForm.STARS,
                "→",
                Numbering.CANONICAL,
                false,
                " - ",
                true);
    }

    /** The word written for {@code term}: the author's, else the language's canonical one. */
    public String word(Term term) {
        String own = words.get(term);
        return own != null ? own : language.canonical(term);
    }

    /** The bullet marker with its space: {@code "- "}. */
    public String bulletMarker() {
        return bullet + " ";
    }

    /** This style with {@code word} written for {@code term}. */
    public MarkdownStyle withWord(Term term, String word) {
        Map<Term, String> w = new EnumMap<>(Term.class);
        w.putAll(words);
        w.put(term, Objects.requireNonNull(word, "word must not be null"));
        return new MarkdownStyle(
                language, w, bullet, idForm, labelForm, arrow, numbering, looseItems, storySeparator, storyRule);
    }

    /** This style with {@code bullet}. */
    public MarkdownStyle withBullet(char bullet) {
        return new MarkdownStyle(
                language, words, bullet, idForm, labelForm, arrow, numbering, looseItems, storySeparator, storyRule);
    }

    /** This style with ids made bold as {@code idForm} says. */
    public MarkdownStyle withIdForm(BoldForm idForm) {
        return new MarkdownStyle(
                language, words, bullet, idForm, labelForm, arrow, numbering, looseItems, storySeparator, storyRule);
    }

    /** This style with labels made bold as {@code labelForm} says. */
    public MarkdownStyle withLabelForm(BoldForm labelForm) {
        return new MarkdownStyle(
                language, words, bullet, idForm, labelForm, arrow, numbering, looseItems, storySeparator, storyRule);
    }

    /** This style with {@code arrow} between a question and its answer. */
    public MarkdownStyle withArrow(String arrow) {
        return new MarkdownStyle(
                language, words, bullet, idForm, labelForm, arrow, numbering, looseItems, storySeparator, storyRule);
    }

    /** This style with scenarios numbered as {@code numbering} says. */
    public MarkdownStyle withNumbering(Numbering numbering) {
        return new MarkdownStyle(
                language, words, bullet, idForm, labelForm, arrow, numbering, looseItems, storySeparator, storyRule);
    }

    /** This style with ({@code true}) or without blank lines between list items. */
    public MarkdownStyle withLooseItems(boolean looseItems) {
        return new MarkdownStyle(
                language, words, bullet, idForm, labelForm, arrow, numbering, looseItems, storySeparator, storyRule);
    }

    /** This style with {@code storySeparator} between a story's label and title, and with or without a rule after it. */
    public MarkdownStyle withStoryHeading(String storySeparator, boolean storyRule) {
        return new MarkdownStyle(
                language, words, bullet, idForm, labelForm, arrow, numbering, looseItems, storySeparator, storyRule);
    }

    /** How a label or an id is made bold, colon included. Each form reads back as the same label. */
    public enum BoldForm {
        /** {@code **Label**:}, the template's form. */
        STARS("**", "**:"),
        /** {@code **Label:**}. */
        STARS_COLON_INSIDE("**", ":**"),
        /** {@code __Label__:}. */
        UNDERSCORES("__", "__:");

        private final String open;
        private final String close;

        BoldForm(String open, String close) {
            this.open = open;
            this.close = close;
        }

        /** {@code text} in this form, colon included, with nothing after it: {@code **Status**:}. */
        public String label(String text) {
            return open + text + close;
        }
    }

    /**
     * How ordered items are numbered: from {@code start}, each one more than the one before it ({@code
     * sequential}) or all the same, each number followed by {@code delimiter} ({@code .} or {@code )}).
     *
     * @param start the first item's number
     * @param sequential true when each item's number is one more than the one before it
     * @param delimiter the character after the number
     */
    public record Numbering(int start, boolean sequential, char delimiter) {
        /** {@code 1.}, {@code 2.}, {@code 3.}, … */
        public static final Numbering CANONICAL = new Numbering(1, true, '.');

        public Numbering {
            if (start < 0 || start > 999_999_999) {
                throw new IllegalArgumentException("Numbering.start must be 0 to 999999999: " + start);
            }
            if (delimiter != '.' && delimiter != ')') {
                throw new IllegalArgumentException("Numbering.delimiter must be . or ): " + delimiter);
            }
        }

        /** The marker of the item at {@code index} (0-based), with its space: {@code "3. "}. */
        public String marker(int index) {
            return (sequential ? start + index : start) + String.valueOf(delimiter) + ' ';
        }
    }
}
