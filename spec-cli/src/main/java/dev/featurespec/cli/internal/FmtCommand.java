package dev.featurespec.cli.internal;

import dev.featurespec.model.template.Profile;
import dev.featurespec.parser.ParseResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code featurespec fmt}: canonical Markdown. */
@Command(
        name = "fmt",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Rewrites specs as canonical Markdown.",
            "Without --check or --write, prints the canonical form to stdout. A folder",
            "means every spec.md below it."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done (with --check: every file is canonical)",
            "1:--check: some file would change",
            "2:usage or I/O error"
        })
public final class FmtCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @ArgGroup(exclusive = true)
    Mode mode;

    /** {@code --check} or {@code --write}, not both. */
    static final class Mode {
        @Option(names = "--check", required = true, description = "List files that are not canonical; exit 1 if any.")
        boolean check;

        @Option(
                names = "--write",
                required = true,
                description = "Rewrite files that are not canonical, atomically, keeping permissions; list them.")
        boolean write;
    }

    @Option(
            names = "--profile",
            paramLabel = "P",
            description = "Template profile (default: .featurespec.yaml, else per document).")
    String profile;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Configuration file (default: the nearest .featurespec.yaml).")
    Path config;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Markdown spec files or folders.")
    List<Path> paths;

    /** Used by picocli. */
    public FmtCommand() {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Profile chosen = CommandSupport.profile(profile, CommandSupport.config(config));
        boolean check = mode != null && mode.check;
        boolean write = mode != null && mode.write;
        boolean ioError = false;
        boolean changes = false;
        for (Path path : SpecFiles.discover(paths)) {
            try {
                SourceFile file = SpecFiles.read(path);
                if (file.format() != SpecFormat.MARKDOWN) {
                    throw new CliException(
                            file.displayPath() + ": fmt formats Markdown; use 'featurespec convert' for JSON and YAML");
                }
                String formatted = format(file, chosen);
                boolean changed = !Arrays.equals(formatted.getBytes(StandardCharsets.UTF_8), file.bytes());
                if (check || write) {
                    if (changed) {
                        changes = true;
                        if (write) {
                            writeFile(file, formatted);
                        }
                        out.println(file.displayPath());
                    }
                } else {
                    out.print(formatted);
                }
                out.flush();
            } catch (CliException e) {
                err.println("featurespec: " + e.getMessage());
                err.flush();
                ioError = true;
            }
        }
        if (ioError) {
            return 2;
        }
        return check && changes ? 1 : 0;
    }

    /** The canonical form of {@code file}; refuses when it would not read back to the same spec. */
    static String format(SourceFile file, Profile profile) {
        ParseResult parsed = SpecEngine.read(file, SpecFormat.MARKDOWN, profile);
        if (SpecEngine.unreadable(parsed)) {
            throw new CliException(file.displayPath() + ": cannot be read as a spec: "
                    + parsed.diagnostics().get(0).message());
        }
        String formatted = SpecEngine.write(parsed.spec(), SpecFormat.MARKDOWN, profile, file.usesCrlf());
        SourceFile again =
                new SourceFile(file.displayPath(), file.path(), formatted.getBytes(StandardCharsets.UTF_8), formatted);
        if (!SpecEngine.read(again, SpecFormat.MARKDOWN, profile).spec().equals(parsed.spec())) {
            throw new CliException(file.displayPath()
                    + ": left unformatted: its canonical form would not read back the same (please report this)");
        }
        return formatted;
    }

    private static void writeFile(SourceFile file, String formatted) {
        try {
            AtomicFiles.write(file.path(), formatted);
        } catch (IOException e) {
            throw new CliException(file.displayPath() + ": cannot write: " + SpecFiles.reason(e), e);
        }
    }
}
