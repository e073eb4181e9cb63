package dev.featurespec.testkit;

import dev.featurespec.model.template.Language;
import dev.featurespec.model.template.Term;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The one definition of "the words of a text" behind the "nothing lost" checks: the parser's (every
 * word of a source is in the model) and the writer's (every word of a source is in what the writer
 * writes from its model).
 *
 * <p>A word is a maximal run of letters and digits, lower-cased, exactly as written otherwise ({@code
 * US-003} is {@code us} and {@code 003}). A source word is not missing when it is a word of the
 * structural vocabulary (title prefixes, headings, labels, keywords and the other words of the language
 * files, which readers turn into structure), or such a word glued to a number ({@code ストーリー1}).
 *
 * <pre>{@code
 * SourceWords words = SourceWords.structural(Languages.builtIn());
 * Set<String> lost = words.missing(source, SourceWords.of(written), Set.of());
 * }</pre>
 */
public final class SourceWords {
    private final Set<String> structural;

    private SourceWords(Set<String> structural) {
        this.structural = structural;
    }

    /**
     * A check that excepts the structural vocabulary of {@code languages}: the words of every term
     * (title prefixes, markers, headings, story words, labels, metadata names, keywords, clarification
     * markers, id prefixes and column names) except the translated modal verbs, which are words of the
     * text a reader keeps.
     */
    public static SourceWords structural(Collection<Language> languages) {
        Set<String> out = new HashSet<>();
        for (Language language : languages) {
            language.words().forEach((term, words) -> {
                if (term.kind() != Term.Kind.MODAL) {
                    words.forEach(w -> add(w, out));
                }
            });
        }
        return new SourceWords(Set.copyOf(out));
    }

    /** The words of {@code text}, in order of first appearance. */
    public static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        add(text, out);
        return out;
    }

    /** Adds the words of {@code text} to {@code out}. */
    public static void add(String text, Set<String> out) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
    }

    /**
     * The words of {@code source} that are neither in {@code have} nor structural nor in {@code
     * exempt}, in order of first appearance.
     */
    public Set<String> missing(String source, Set<String> have, Set<String> exempt) {
        Set<String> missing = new LinkedHashSet<>();
        for (String w : of(source)) {
            if (!have.contains(w) && !exempt.contains(w) && !structural.contains(w) && !numberedStructural(w)) {
                missing.add(w);
            }
        }
        return missing;
    }

    /** A structural word glued to a number, like {@code ストーリー1} in {@code ### ストーリー1: …}. */
    private boolean numberedStructural(String word) {
        int end = word.length();
        while (end > 0 && Character.isDigit(word.charAt(end - 1))) {
            end--;
        }
        return end > 0 && end < word.length() && structural.contains(word.substring(0, end));
    }
}
