/**
 * Writes the featurespec model as canonical Markdown, JSON and YAML. The Markdown writer takes its
 * headings and labels from the parser's languages and profiles, so what it writes reads back equal.
 */
module dev.featurespec.writer {
    requires transitive dev.featurespec.model;
    requires transitive dev.featurespec.parser;
    requires tools.jackson.core;
    requires tools.jackson.dataformat.yaml;
    requires org.snakeyaml.engine;

    exports dev.featurespec.writer;
    exports dev.featurespec.writer.markdown;
    exports dev.featurespec.writer.json;
}
