package dev.featurespec.cli.internal;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --config} option of the subcommands that read {@code .featurespec.yaml}. */
public final class ConfigOption {
    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Configuration file (default: the nearest .featurespec.yaml).")
    Path file;

    /** Used by picocli. */
    public ConfigOption() {}

    /** The configuration: the {@code --config} file when given, else the nearest {@code .featurespec.yaml}. */
    CliConfig load() {
        return CommandSupport.config(file);
    }
}
