package dev.featurespec.model.template;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The words a spec's structure uses in one natural language: for each {@link Term}, its synonyms, the
 * first being canonical (what the Markdown writer writes). The built-in languages are in {@link
 * Languages}; a user's own language file is read by the parser's {@code TemplateFiles}.
 *
 * <pre>{@code
 * Language ja = Languages.forCode("ja").orElseThrow();
 * ja.words(Term.HEADING_REQUIREMENTS);        // [要件]
 * ja.canonical(Term.HEADING_SESSION);         // セッション
 * }</pre>
 *
 * @param code the BCP 47 tag, e.g. {@code ja} or {@code zh-TW}
 * @param name the language's English name; the code when none is given
 * @param words the synonyms of each term the language gives, canonical first
 */
public record Language(String code, String name, Map<Term, List<String>> words) {

    public Language {
        Objects.requireNonNull(code, "Language.code must not be null");
        name = name == null || name.isBlank() ? code : name;
        Map<Term, List<String>> copy = new EnumMap<>(Term.class);
        if (words != null) {
            words.forEach((term, list) -> {
                Objects.requireNonNull(term, "Language.words key must not be null");
                List<String> l = list == null ? List.of() : List.copyOf(list);
                if (!l.isEmpty()) {
                    copy.put(term, l);
                }
            });
        }
        words = Collections.unmodifiableMap(copy);
    }

    /** The synonyms of {@code term}, canonical first; empty when the language gives none. */
    public List<String> words(Term term) {
        return words.getOrDefault(term, List.of());
    }

    /** The language's own canonical word for {@code term}, if it gives one. */
    public Optional<String> first(Term term) {
        List<String> w = words(term);
        return w.isEmpty() ? Optional.empty() : Optional.of(w.get(0));
    }

    /**
     * The canonical word for {@code term}: the language's own first word, or else English's.
     *
     * @throws IllegalArgumentException for a term English has no word for (the {@link Term.Kind#MODAL}
     *     terms)
     */
    public String canonical(Term term) {
        List<String> own = words(term);
        if (!own.isEmpty()) {
            return own.get(0);
        }
        List<String> english = Languages.english().words(term);
        if (english.isEmpty()) {
            throw new IllegalArgumentException("English has no word for " + term.key());
        }
        return english.get(0);
    }

    /** A builder for a language with tag {@code code}. */
    public static Builder builder(String code) {
        return new Builder(code);
    }

    /** Builds a {@link Language}; not thread-safe. */
    public static final class Builder {
        private final String code;
        private String name;
        private final Map<Term, List<String>> words = new EnumMap<>(Term.class);

        private Builder(String code) {
            this.code = Objects.requireNonNull(code, "Language.code must not be null");
        }

        /** The language's English name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** The synonyms of {@code term}, canonical first, replacing any given before. */
        public Builder words(Term term, List<String> synonyms) {
            words.put(Objects.requireNonNull(term, "term must not be null"), List.copyOf(synonyms));
            return this;
        }

        /** The synonyms of {@code term}, canonical first, replacing any given before. */
        public Builder words(Term term, String... synonyms) {
            return words(term, List.of(synonyms));
        }

        public Language build() {
            return new Language(code, name, words);
        }
    }
}
