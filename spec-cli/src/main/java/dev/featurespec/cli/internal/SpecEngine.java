package dev.featurespec.cli.internal;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.SourceMap;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.profile.Profile;
import java.util.List;

/**
 * The library behind the commands: readers, validator and writers, each created only when a command
 * first needs it, so {@code schema} or {@code new} never pay for a Bean Validation bootstrap.
 */
final class SpecEngine {
    private SpecEngine() {}

    /** Reads {@code file} in {@code format}; {@code profile} null lets the parser choose per document. */
    static ParseResult read(SourceFile file, SpecFormat format, Profile profile) {
        throw new CliException(
                "reading " + format.name().toLowerCase(java.util.Locale.ROOT) + " is not available in this build yet");
    }

    /** True when the input could not be read at all (FS05x errors: encoding, syntax, limits). */
    static boolean unreadable(ParseResult result) {
        return result.diagnostics().stream()
                .anyMatch(d -> d.isError() && d.rule().id().startsWith("FS05"));
    }

    /** Bean Validation of {@code spec}, positioned with {@code sourceMap}. */
    static List<Diagnostic> validate(FeatureSpec spec, SourceMap sourceMap) {
        throw new CliException("validation is not available in this build yet");
    }

    /** {@code spec} written in {@code format}. */
    static String write(FeatureSpec spec, SpecFormat format, Profile profile, boolean crlf) {
        throw new CliException(
                "writing " + format.name().toLowerCase(java.util.Locale.ROOT) + " is not available in this build yet");
    }
}
