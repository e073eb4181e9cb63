package dev.featurespec.parser.internal.markdown;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.SourceMap;
import dev.featurespec.model.diagnostic.SourceRange;
import dev.featurespec.model.template.internal.Vocabulary;
import dev.featurespec.parser.internal.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every reader of one parse shares: the source text and its block helpers, the vocabulary, the
 * diagnostics found so far, the source map being built, the count of words recognised per language
 * (the spec's language is the one with most), and the author's wording ({@link PresentationReader}).
 * One per parse; not thread-safe. Not API.
 */
final class AssemblyContext {
    private final SourceText src;
    private final Blocks blocks;
    private final Vocabulary vocab;
    /** The problems found, in the order found. */
    private final List<Diagnostic> diagnostics;
    /** Element pointer → where the element was read from; the first range recorded wins. */
    private final SourceMap.Builder map;
    /** Element pointer → the lines of the element's whole text, grown block by block; null until asked for. */
    private final Map<String, SourceRange> extents = new HashMap<>();
    /** Language code → how many of its structural words were recognised; English is not counted. */
    private final Map<String, Integer> languageHits;
    /** The author's headings and words. */
    private final PresentationReader presentation = new PresentationReader();

    AssemblyContext(SourceText src, Vocabulary vocab) {
        this.src = src;
        this.blocks = new Blocks(src);
        this.vocab = vocab;
        this.diagnostics = new ArrayList<>();
        this.map = SourceMap.builder();
        this.languageHits = new HashMap<>();
    }

    SourceText src() {
        return src;
    }

    Blocks blocks() {
        return blocks;
    }

    Vocabulary vocab() {
        return vocab;
    }

    /** Where readers record the author's headings and the words the author used for terms. */
    PresentationReader presentation() {
        return presentation;
    }

    /** The diagnostics so far, in the order found; callers may add their own. */
    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Records where the element at {@code pointer} came from; a null range (a node without spans) is skipped. */
    void put(String pointer, SourceRange range) {
        if (range != null) {
            map.put(pointer, range);
        }
    }

    SourceMap sourceMap() {
        return map.build();
    }

    /**
     * Grows the extent of the element at {@code pointer} (a story, a session) to take in {@code range}; a
     * null range is skipped.
     */
    void extend(String pointer, SourceRange range) {
        if (range != null) {
            extents.merge(pointer, range, AssemblyContext::union);
        }
    }

    /**
     * Every element's whole extent: the extents grown with {@link #extend}, for every other element the
     * range recorded with {@link #put}, then {@code more}; the first range of a pointer wins. Computed on
     * first use, from those maps alone (not from the readers), so that a parse result does not hold a second
     * map of every element until someone asks; nothing may be recorded after this is called.
     */
    SourceMap extents(Map<String, SourceRange> more) {
        Map<String, SourceRange> grown = extents;
        SourceMap ranges = map.build();
        return SourceMap.lazy(() -> {
            SourceMap.Builder b = SourceMap.builder();
            grown.forEach(b::put);
            ranges.asMap().forEach(b::put);
            more.forEach(b::put);
            return b.build();
        });
    }

    private static SourceRange union(SourceRange a, SourceRange b) {
        return new SourceRange(
                a.start().compareTo(b.start()) <= 0 ? a.start() : b.start(),
                a.end().compareTo(b.end()) >= 0 ? a.end() : b.end());
    }

    void report(Rule rule, String message, String pointer, SourceRange range) {
        diagnostics.add(Diagnostic.of(rule, message, pointer, range));
    }

    /** Counts one structural word of {@code language}; English, profile words and null count for none. */
    void count(String language) {
        if (language != null && !language.isEmpty() && !language.equals("en")) {
            languageHits.merge(language, 1, Integer::sum);
        }
    }

    /**
     * The language most of the recognised words belong to (on a tie, the first code in alphabetical
     * order), or null when all were English.
     */
    String language() {
        String lang = null;
        int best = 0;
        for (var e : languageHits.entrySet()) {
            if (e.getValue() > best
                    || e.getValue() == best && lang != null && e.getKey().compareTo(lang) < 0) {
                best = e.getValue();
                lang = e.getKey();
            }
        }
        return lang;
    }

    /** {@code s}, cut to 60 characters with an ellipsis, for quoting input in a message. */
    static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }
}
