package dev.featurespec.cli.internal;

import dev.featurespec.parser.profile.Profile;
import dev.featurespec.parser.profile.Profiles;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

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
            return Profiles.resolve(name);
        } catch (IllegalArgumentException e) {
            throw new CliException(what + ": " + profileProblem(name, e), e);
        } catch (IOException e) {
            throw new CliException(what + ": cannot read " + name + ": " + IoErrors.reason(e), e);
        }
    }

    /**
     * Why a profile file was refused, in the words of the profile format rather than of the Java classes
     * it is read into: {@code mine.yaml: unknown key 'foo' (line 2, column 1; known keys: …)}.
     */
    static String profileProblem(String name, IllegalArgumentException e) {
        JacksonException jackson = e.getCause() instanceof JacksonException j ? j : null;
        if (jackson == null) {
            return e.getMessage();
        }
        for (Throwable t = jackson; t != null; t = t.getCause()) {
            if (t instanceof CharConversionException) {
                return name + ": not valid UTF-8; save the file as UTF-8";
            }
        }
        String where = where(jackson.getLocation());
        if (jackson instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null
                    ? ""
                    : "; known keys: "
                            + unknown.getKnownPropertyIds().stream()
                                    .map(String::valueOf)
                                    .collect(Collectors.toCollection(TreeSet::new))
                                    .stream()
                                    .collect(Collectors.joining(", "));
            return name + ": unknown key '" + unknown.getPropertyName() + "'" + paren(where + known);
        }
        String original = jackson.getOriginalMessage() == null ? "" : jackson.getOriginalMessage();
        if (original.startsWith("No content to map")) {
            return name + ": the file is empty";
        }
        if (jackson instanceof ValueInstantiationException && jackson.getCause() != null) {
            // the profile's own check, e.g. "ProfileSection.level must be 1 to 6, was 99 for a"
            return name + ": not a valid profile: " + jackson.getCause().getMessage() + paren(where);
        }
        if (jackson instanceof MismatchedInputException) {
            String key = jackson.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            return name + ": " + (key.isEmpty() ? "the file" : "'" + key + "'")
                    + " does not have the form a profile needs" + paren(where);
        }
        return name + ": not valid YAML: " + CliConfig.oneLine(original) + paren(where);
    }

    private static String where(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 1
                ? ""
                : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String paren(String text) {
        return text.isEmpty() ? "" : " (" + (text.startsWith("; ") ? text.substring(2) : text) + ")";
    }
}
