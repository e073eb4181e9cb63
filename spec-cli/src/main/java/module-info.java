/**
 * The featurespec command: validate, convert, format and scaffold Spec Kit feature specifications. Run it
 * as {@code java -jar featurespec.jar} or through the {@code ./featurespec} launcher; {@link
 * dev.featurespec.cli.FeatureSpecCommand} is its entry point.
 */
module dev.featurespec.cli {
    requires dev.featurespec.model;
    requires dev.featurespec.parser;
    requires dev.featurespec.writer;
    requires dev.featurespec.diff;
    requires dev.featurespec.folder;
    requires info.picocli;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;

    exports dev.featurespec.cli;

    // picocli reads and sets the annotated command fields reflectively
    opens dev.featurespec.cli to
            info.picocli;
    opens dev.featurespec.cli.internal to
            info.picocli;
}
