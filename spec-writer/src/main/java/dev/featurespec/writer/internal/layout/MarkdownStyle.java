package dev.featurespec.writer.internal.layout;

import dev.featurespec.model.Section;
import dev.featurespec.model.template.Language;
import dev.featurespec.model.template.Term;
import dev.featurespec.model.template.internal.Syntax;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The choices a Markdown spec's author makes that the model does not record: which words label the
 * structure, the bullet character, how an id or a label is made bold, the clarification arrow, how
 * ordered items are numbered, whether list items have blank lines between them, how a story heading
 * joins its label and title. {@link #canonical(Language)} is the canonical writer's style; a writer that
 * renders an element like its neighbours passes a style read from them.
 *
 * <pre>{@code
 * MarkdownStyle style = MarkdownStyle.canonical(Languages.english()).toBuilder()
 *         .bullet('*')
 *         .arrow("->")
 *         .word(Term.LABEL_WHY_THIS_PRIORITY, "Why this matters")
 *         .build();
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
 * @param tables the sections whose requirements or criteria are written as a table even when none has
 *     other columns than its id and text ({@link Section#FUNCTIONAL_REQUIREMENTS}, {@link
 *     Section#SUCCESS_CRITERIA}): where the author wrote such a table
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
        boolean storyRule,
        Set<Section> tables) {

    /** Words the canonical writer writes in every language ({@code Q}, {@code A}, {@code ID}, …). */
    private static final Map<Term, String> CANONICAL_WORDS = Syntax.WORDS_OF_EVERY_LANGUAGE;

    public MarkdownStyle {
        Objects.requireNonNull(language, "MarkdownStyle.language must not be null");
        Map<Term, String> copy = new EnumMap<>(Term.class);
        copy.putAll(Objects.requireNonNull(words, "MarkdownStyle.words must not be null"));
        words = Collections.unmodifiableMap(copy);
        if (bullet != '-' && bullet != '*' && bullet != '+') {
            throw new IllegalArgumentException("MarkdownStyle.bullet must be -, * or +: " + bullet);
        }
        Objects.requireNonNull(idForm, "MarkdownStyle.idForm must not be null");
        tables = Set.copyOf(Objects.requireNonNull(tables, "MarkdownStyle.tables must not be null"));
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
                true,
                Set.of());
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

    /** A builder starting from this style. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link MarkdownStyle} from another one; not thread-safe. */
    public static final class Builder {
        private final Language language;
        private final Map<Term, String> words;
        private char bullet;
        private BoldForm idForm;
        private BoldForm labelForm;
        private String arrow;
        private Numbering numbering;
        private boolean looseItems;
        private String storySeparator;
        private boolean storyRule;
        private Set<Section> tables;

        private Builder(MarkdownStyle from) {
            language = from.language;
            words = new EnumMap<>(Term.class);
            words.putAll(from.words);
            bullet = from.bullet;
            idForm = from.idForm;
            labelForm = from.labelForm;
            arrow = from.arrow;
            numbering = from.numbering;
            looseItems = from.looseItems;
            storySeparator = from.storySeparator;
            storyRule = from.storyRule;
            tables = from.tables;
        }

        /** {@code word} written for {@code term}, in place of the language's canonical word. */
        public Builder word(Term term, String word) {
            words.put(Objects.requireNonNull(term, "term must not be null"), Objects.requireNonNull(word, "word"));
            return this;
        }

        /** The bullet of unordered items: {@code -}, {@code *} or {@code +}. */
        public Builder bullet(char bullet) {
            this.bullet = bullet;
            return this;
        }

        /** How ids are made bold. */
        public Builder idForm(BoldForm idForm) {
            this.idForm = idForm;
            return this;
        }

        /** How labels, metadata names and key entity names are made bold. */
        public Builder labelForm(BoldForm labelForm) {
            this.labelForm = labelForm;
            return this;
        }

        /** What separates a question from its answer. */
        public Builder arrow(String arrow) {
            this.arrow = arrow;
            return this;
        }

        /** How scenarios are numbered. */
        public Builder numbering(Numbering numbering) {
            this.numbering = numbering;
            return this;
        }

        /** Whether list items are separated by a blank line. */
        public Builder looseItems(boolean looseItems) {
            this.looseItems = looseItems;
            return this;
        }

        /** What stands between a story heading's label and title, and whether a rule follows each story. */
        public Builder storyHeading(String storySeparator, boolean storyRule) {
            this.storySeparator = storySeparator;
            this.storyRule = storyRule;
            return this;
        }

        /** The sections whose requirements or criteria are written as a table even without other columns. */
        public Builder tables(Set<Section> tables) {
            this.tables = tables;
            return this;
        }

        /** The style. */
        public MarkdownStyle build() {
            return new MarkdownStyle(
                    language,
                    words,
                    bullet,
                    idForm,
                    labelForm,
                    arrow,
                    numbering,
                    looseItems,
                    storySeparator,
                    storyRule,
                    tables);
        }
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
