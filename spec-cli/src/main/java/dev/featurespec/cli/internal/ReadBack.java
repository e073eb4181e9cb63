package dev.featurespec.cli.internal;

import dev.featurespec.diff.SpecDiff;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.SourceMap;

/**
 * The check {@code fmt} and {@code convert} make before they write a spec: the written text, read back by
 * the reader of its format, gives the spec it was written from ({@code FeatureSpec.equals}). A text that
 * does not is never written; {@link #notWritable} says where, as rule FS120.
 */
final class ReadBack {
    private ReadBack() {}

    /**
     * The diagnostic of a refusal, at the first element of {@code spec} that {@code again} (what the written
     * text read back as) does not have the same, positioned where {@code map} knows that element.
     *
     * @param outcome what follows "would not read back the same from": the written text and what was done
     *     instead, e.g. {@code "its canonical Markdown; the file is left unformatted"}
     */
    static Diagnostic notWritable(FeatureSpec spec, FeatureSpec again, SourceMap map, String outcome) {
        String pointer = firstDifference(spec, again);
        return Diagnostic.of(
                Rule.NOT_WRITABLE,
                (pointer.isEmpty() ? "The spec" : pointer) + " would not read back the same from " + outcome,
                pointer,
                map.find(pointer).orElse(null));
    }

    /** The JSON pointer of the first element that differs between the two specs; empty for the whole spec. */
    private static String firstDifference(FeatureSpec spec, FeatureSpec again) {
        return SpecDiff.between(spec, again).changes().stream()
                .map(c -> c.before().or(c::after).orElse(""))
                .findFirst()
                .orElse("");
    }
}
