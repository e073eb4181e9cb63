/**
 * Reads Spec Kit feature specifications into the featurespec model: Markdown on commonmark-java, JSON
 * and YAML on Jackson 3. Every reader reports problems as positioned diagnostics and never throws for
 * bad input, except in strict mode.
 */
module dev.featurespec.parser {
    requires transitive dev.featurespec.model;
    requires org.commonmark;
    requires org.commonmark.ext.gfm.tables;
    requires tools.jackson.core;
    requires tools.jackson.dataformat.yaml;
    requires org.snakeyaml.engine;

    exports dev.featurespec.parser;
    exports dev.featurespec.parser.markdown;
    exports dev.featurespec.parser.json;
    exports dev.featurespec.parser.profile;
    exports dev.featurespec.parser.tasks;
    exports dev.featurespec.parser.checklist;
    // the binary-input rule the command line applies before it decodes; not API
    exports dev.featurespec.parser.internal to
            dev.featurespec.cli;
}
