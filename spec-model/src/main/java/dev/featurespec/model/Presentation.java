package dev.featurespec.model;

import static dev.featurespec.model.internal.Checks.required;

import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.model.template.Term;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a Markdown document's author wrote what the rest of the model does not say: the section headings
 * in their words, at their levels and in their order, and the words used for labels where they are not
 * the language's canonical ones. It carries no meaning (validation, diff and queries ignore it); the
 * Markdown writer uses it to write a spec back in its author's words and order instead of the template's.
 *
 * <p>The parser records only what differs from the canonical form, so a document the canonical writer
 * wrote, a hand-built spec and a spec read from JSON without it all have the {@linkplain #EMPTY empty}
 * presentation:
 *
 * <ul>
 *   <li>{@link #headings()} is empty when the document's section headings are in template order, each
 *       with its canonical words, marker and level; otherwise it lists every section heading of the
 *       document as written. The writer then writes those headings, in that order, and a section with
 *       content but no heading in the list where the template puts it.
 *   <li>{@link #words()} holds, per term, the author's word where it is not the canonical one ({@code
 *       Why this matters} for {@link Term#LABEL_WHY_THIS_PRIORITY}, {@code Branch} for {@link
 *       Term#METADATA_FEATURE_BRANCH}).
 * </ul>
 *
 * <pre>{@code
 * Presentation p = spec.presentation();
 * p.headings();   // [Heading[section=FUNCTIONAL_REQUIREMENTS, level=2, text=3. Functional Requirements], …]
 * p.words();      // {LABEL_WHY_THIS_PRIORITY=Why this matters}
 * }</pre>
 *
 * @param headings the document's section headings as written, in document order; empty when they are
 *     the canonical ones in template order
 * @param words the author's word per term, where it is not the canonical one
 */
public record Presentation(List<Heading> headings, Map<Term, String> words) {
    /** The canonical form: template order, canonical headings and words. */
    public static final Presentation EMPTY = new Presentation(List.of(), Map.of());

    public Presentation {
        headings = List.copyOf(required(headings, "Presentation.headings"));
        Map<Term, String> copy = new EnumMap<>(Term.class);
        required(words, "Presentation.words")
                .forEach((term, word) ->
                        copy.put(required(term, "Presentation.words key"), required(word, "Presentation.words value")));
        words = Collections.unmodifiableMap(copy);
    }

    /** True when the document is written in the canonical form: nothing to record. */
    public boolean isEmpty() {
        return headings.isEmpty() && words.isEmpty();
    }

    /** The author's word for {@code term}, or {@code canonical} when the author used the canonical one. */
    public String word(Term term, String canonical) {
        return words.getOrDefault(term, canonical);
    }

    /**
     * One section heading as its author wrote it, or the place where a section's content stood without a
     * heading of its own (level 0, no text): user stories or clarification sessions whose own headings
     * stand outside {@code ## User Scenarios} or {@code ## Clarifications}.
     *
     * @param section the template section it opens
     * @param level its level, 1 to 6; 0 for content without a heading
     * @param text its inline Markdown source as written, marker included ({@code 3. 功能需求}, {@code
     *     Clarifications}); empty for content without a heading
     */
    public record Heading(TemplateSection section, int level, String text) {
        public Heading {
            required(section, "Presentation.Heading.section");
            required(text, "Presentation.Heading.text");
            if (level < 0 || level > 6 || (level == 0) != text.isEmpty()) {
                throw new IllegalArgumentException(
                        "Presentation.Heading.level must be 1 to 6 with a text, or 0 without one; was " + level);
            }
        }

        /** Where {@code section}'s content stood without a heading of its own. */
        public static Heading headless(TemplateSection section) {
            return new Heading(section, 0, "");
        }

        /** True for content without a heading of its own. */
        public boolean headless() {
            return level == 0;
        }
    }
}
