package dev.featurespec.model.internal;

import dev.featurespec.model.template.Language;
import dev.featurespec.model.template.Languages;
import dev.featurespec.model.template.Term;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The labels of the metadata lines the model has typed fields for: the metadata names of the built-in
 * languages ({@code Feature Branch}, {@code Status}, {@code Estado}, …), as the parser reads them. Not
 * API.
 */
public final class MetadataLabels {
    private static final Map<Term, String> TYPED = Map.of(
            Term.METADATA_FEATURE_BRANCH, "featureBranch",
            Term.METADATA_CREATED, "created",
            Term.METADATA_STATUS, "status",
            Term.METADATA_INPUT, "input");

    private MetadataLabels() {}

    private static final class Holder {
        static final Map<String, String> FIELDS = fields(Languages.builtIn());
    }

    private static Map<String, String> fields(List<Language> languages) {
        Map<String, String> out = new HashMap<>();
        for (Language language : languages) {
            TYPED.forEach((term, field) ->
                    language.words(term).forEach(w -> out.putIfAbsent(w.strip().toLowerCase(Locale.ROOT), field)));
        }
        return Map.copyOf(out);
    }

    /**
     * The typed field ({@code featureBranch}, {@code created}, {@code status}, {@code input}) that
     * {@code label} names, in any case and with surrounding whitespace ignored; empty for any other label.
     */
    public static Optional<String> field(String label) {
        return Optional.ofNullable(Holder.FIELDS.get(label.strip().toLowerCase(Locale.ROOT)));
    }
}
