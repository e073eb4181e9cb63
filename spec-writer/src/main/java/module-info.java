/**
 * Writes the featurespec model (specs, task lists, checklists) as canonical Markdown, JSON and YAML. The Markdown writer takes its
 * headings and labels from the model's template (languages and profiles), the same the parser reads, so
 * what it writes reads back equal.
 */
module dev.featurespec.writer {
    requires transitive dev.featurespec.model;
    requires tools.jackson.core;
    requires tools.jackson.dataformat.yaml;
    requires org.snakeyaml.engine;

    exports dev.featurespec.writer;
    exports dev.featurespec.writer.markdown;
    exports dev.featurespec.writer.json;
    exports dev.featurespec.writer.tasks;
    exports dev.featurespec.writer.checklist;
}
