package dev.featurespec.model.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The English labels of the metadata lines the model has typed fields for, as Spec Kit's template and
 * the parser's English vocabulary write them. Not API.
 */
public final class MetadataLabels {
    private static final Map<String, String> FIELDS = Map.of(
            "feature branch", "featureBranch",
            "branch", "featureBranch",
            "created", "created",
            "date", "created",
            "status", "status",
            "input", "input");

    private MetadataLabels() {}

    /**
     * The typed field ({@code featureBranch}, {@code created}, {@code status}, {@code input}) that
     * {@code label} names, in any case and with surrounding whitespace ignored; empty for any other label.
     */
    public static Optional<String> field(String label) {
        return Optional.ofNullable(FIELDS.get(label.strip().toLowerCase(Locale.ROOT)));
    }
}
