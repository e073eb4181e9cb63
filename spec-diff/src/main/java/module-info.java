/**
 * Semantic diff of two feature specifications: {@link dev.featurespec.diff.SpecDiffer} compares two
 * {@link dev.featurespec.model.FeatureSpec}s and says which elements were added, removed, changed or
 * moved, with JSON pointers, ids, field changes and what each change means. Depends only on the model.
 */
module dev.featurespec.diff {
    requires transitive dev.featurespec.model;

    exports dev.featurespec.diff;
}
