package dev.featurespec.benchmarks;

import dev.featurespec.model.FeatureSpec;

/** The models and JSON documents the JSON and writer benchmarks work on. */
public final class Models {
    private Models() {}

    /** The parsed model of the input named {@code name} ({@code typical}, {@code corpus} or a size). */
    public static FeatureSpec model(String name) {
        return Parsing.model(Inputs.named(name));
    }
}
