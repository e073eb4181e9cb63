package dev.featurespec.cli.internal;

import dev.featurespec.model.template.Profile;
import dev.featurespec.model.template.Profiles;
import dev.featurespec.parser.profile.TemplateFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** What several subcommands share: configuration and profile resolution. */
final class CommandSupport {
    private CommandSupport() {}

    /** The {@code --config} file when given, else the nearest {@code .featurespec.yaml}. */
    static CliConfig config(Path explicit) {
        return explicit != null ? CliConfig.load(explicit) : CliConfig.find(Path.of(""));
    }

    /**
     * The profile named by {@code --profile}, else by the configuration, else {@code null} (the parser
     * chooses per document). A configured profile file is relative to the configuration file.
     */
    static Profile profile(String option, CliConfig config) {
        if (option != null) {
            return resolve(option, "--profile");
        }
        Optional<String> configured = config.profile();
        if (configured.isEmpty()) {
            return null;
        }
        String name = configured.get();
        if (!Profiles.builtInNames().contains(name) && config.source().isPresent()) {
            Path dir = config.source().get().toAbsolutePath().getParent();
            name = dir.resolve(name).toString();
        }
        return resolve(name, SpecFiles.display(config.source().orElse(Path.of(CliConfig.FILE_NAME))) + ": profile");
    }

    private static Profile resolve(String name, String what) {
        try {
            return TemplateFiles.resolveProfile(name);
        } catch (IllegalArgumentException e) {
            throw new CliException(what + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new CliException(what + ": cannot read " + name + ": " + IoErrors.reason(e), e);
        }
    }
}
