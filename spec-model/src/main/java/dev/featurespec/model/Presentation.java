package dev.featurespec.model;

import static dev.featurespec.model.internal.Checks.required;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.model.template.Term;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 *   <li>{@link #words()} holds, per term (by its {@linkplain Term#key() key}, in term order), the author's
 *       word where it is not the canonical one ({@code labels.whyThisPriority}: {@code Why this
 *       matters}, {@code metadata.featureBranch}: {@code Branch}).
 * </ul>
 *
 * <pre>{@code
 * Presentation p = spec.presentation();
 * p.headings();   // [Heading[section=FUNCTIONAL_REQUIREMENTS, level=2, text=3. Functional Requirements], …]
 * p.words();      // {labels.whyThisPriority=Why this matters}
 * }</pre>
 *
 * @param headings the document's section headings as written, in document order; empty when they are
 *     the canonical ones in template order
 * @param words the author's word per term key ({@code labels.whyThisPriority}), where it is not the
 *     canonical one; a key that is no term's is refused
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"headings", "words"})
public record Presentation(List<Heading> headings, Map<String, String> words) {
    /** The canonical form: template order, canonical headings and words. */
    public static final Presentation EMPTY = new Presentation(List.of(), Map.of());

    public Presentation {
        // absent from JSON: none
        headings = headings == null ? List.of() : List.copyOf(headings);
        Map<Term, String> byTerm = new EnumMap<>(Term.class);
        (words == null ? Map.<String, String>of() : words).forEach((key, word) -> {
            Term term = Term.forKey(required(key, "Presentation.words key"))
                    .orElseThrow(() -> new IllegalArgumentException("Presentation.words key is not a term: " + key));
            byTerm.put(term, required(word, "Presentation.words value"));
        });
        Map<String, String> copy = new LinkedHashMap<>();
        byTerm.forEach((term, word) -> copy.put(term.key(), word));
        words = Collections.unmodifiableMap(copy);
    }

    /** A presentation with {@code headings} and the author's {@code words} by term. */
    public static Presentation of(List<Heading> headings, Map<Term, String> words) {
        Map<String, String> byKey = new LinkedHashMap<>();
        words.forEach((term, word) -> byKey.put(term.key(), word));
        return new Presentation(headings, byKey);
    }

    /** True when the document is written in the canonical form: nothing to record. */
    @JsonIgnore
    public boolean isEmpty() {
        return headings.isEmpty() && words.isEmpty();
    }

    /** The author's word for {@code term}, when it is not the canonical one. */
    public Optional<String> word(Term term) {
        return Optional.ofNullable(words.get(term.key()));
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
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"section", "level", "text"})
    public record Heading(
            @JsonInclude(JsonInclude.Include.ALWAYS) TemplateSection section,
            @JsonInclude(JsonInclude.Include.ALWAYS) int level,
            String text) {
        public Heading {
            required(section, "Presentation.Heading.section");
            text = text == null ? "" : text;
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
        @JsonIgnore
        public boolean headless() {
            return level == 0;
        }
    }

    /**
     * Tells Jackson's {@code @JsonInclude(CUSTOM)} to leave out the empty presentation, as the model's own
     * JSON writer does.
     */
    public static final class EmptyFilter {
        /** Used by Jackson. */
        public EmptyFilter() {}

        @Override
        public boolean equals(Object value) {
            return value == null || (value instanceof Presentation p && p.isEmpty());
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
