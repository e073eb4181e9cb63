/** Writes the featurespec model as canonical Markdown, JSON and YAML, and publishes the JSON Schema. */
module dev.featurespec.writer {
    requires transitive dev.featurespec.model;
}
