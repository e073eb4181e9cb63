/** Reads Spec Kit feature specifications from Markdown (commonmark-java), JSON and YAML (Jackson 3) into the featurespec model, with positioned diagnostics. */
module dev.featurespec.parser {
    requires transitive dev.featurespec.model;
}
