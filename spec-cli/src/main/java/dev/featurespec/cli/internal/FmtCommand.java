package dev.featurespec.cli.internal;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.SourceMap;
import dev.featurespec.model.template.Profile;
import dev.featurespec.parser.ParseResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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
            "1:--check: some file would change; or a file cannot be formatted (a diagnostic says where)",
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
            names = "--reorder",
            description = "Put sections in the template's order under the template's headings"
                    + " (default: the author's order and headings).")
    boolean reorder;

    @Option(
            names = "--profile",
            paramLabel = "P",
            description = "Template profile (default: .featurespec.yaml, else per document).")
    String profile;

    @Mixin
    ConfigOption config;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Markdown spec files or folders.")
    List<Path> paths;

    /** Used by picocli. */
    public FmtCommand() {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Profile chosen = CommandSupport.profile(profile, config.load());
        boolean check = mode != null && mode.check;
        boolean write = mode != null && mode.write;
        boolean failed = false;
        boolean changes = false;
        boolean refused = false;
        SpecFiles.Discovered found = SpecFiles.discoverAll(paths);
        for (CliException problem : found.problems()) {
            failed = true;
            Failures.report(err, problem.getMessage(), problem.getCause(), verbose.verbose);
        }
        for (Path path : found.files()) {
            try {
                Formatted f = format(SpecFiles.read(path), chosen, reorder);
                if (check || write) {
                    if (f.changed()) {
                        changes = true;
                        if (write) {
                            writeFile(f);
                        }
                        out.println(TerminalText.escape(f.displayPath()));
                    }
                } else {
                    out.print(f.text());
                }
                if (Output.failed(out)) {
                    break; // standard output is gone; the run ends with the one line saying so
                }
            } catch (Refused e) {
                refused = true;
                err.println(TextReport.line(e.displayPath, e.diagnostic));
            } catch (CliException e) {
                failed = true;
                Failures.report(err, e.getMessage(), e.getCause(), verbose.verbose);
            } catch (OutOfMemoryError e) {
                failed = true;
                Failures.report(err, ValidateCommand.outOfMemory(path).getMessage(), null, false);
            }
        }
        if (failed) {
            return 2;
        }
        return refused || (check && changes) ? 1 : 0;
    }

    /**
     * A file's canonical form.
     *
     * @param displayPath the file as shown
     * @param path the file
     * @param text the canonical Markdown
     * @param changed whether {@code text} differs from the file's bytes
     */
    record Formatted(String displayPath, Path path, String text, boolean changed) {}

    /**
     * The canonical form of {@code file} ({@code reorder}: in the template's section order); refuses when
     * it would not read back to the same spec, with a diagnostic at the first element that would not.
     * Only the spec is kept between the steps (not the original text or its source map, which a refusal
     * reads again), so a large file needs memory for two models at most.
     */
    static Formatted format(SourceFile file, Profile profile, boolean reorder) {
        if (file.format() != SpecFormat.MARKDOWN) {
            throw new CliException(
                    file.displayPath() + ": fmt formats Markdown; use 'featurespec convert' for JSON and YAML");
        }
        FeatureSpec spec = readSpec(file, profile).spec();
        String formatted = SpecEngine.write(spec, SpecFormat.MARKDOWN, profile, file.usesCrlf(), reorder);
        boolean changed = !file.sameBytesAs(formatted);
        String shown = file.displayPath();
        Path path = file.path();
        file = null; // the original text is not needed any more
        FeatureSpec again =
                readSpec(new SourceFile(shown, path, false, formatted), profile).spec();
        FeatureSpec expected = reorder ? spec.inTemplateOrder() : spec;
        if (!again.equals(expected)) {
            // rare: read the file again for positions rather than keep its source map through every format
            SourceMap map =
                    path != null ? readSpec(SpecFiles.read(path), profile).sourceMap() : SourceMap.empty();
            throw new Refused(shown, notWritable(expected, again, map));
        }
        return new Formatted(shown, path, formatted, changed);
    }

    /** The diagnostic of a refusal: the first element of {@code spec} that {@code again} does not have. */
    static Diagnostic notWritable(FeatureSpec spec, FeatureSpec again, SourceMap map) {
        return ReadBack.notWritable(
                spec, again, map, "its canonical Markdown; the file is left unformatted (please report this)");
    }

    /** A file {@code fmt} leaves alone, with the diagnostic saying why. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String displayPath;
        final transient Diagnostic diagnostic;

        Refused(String displayPath, Diagnostic diagnostic) {
            super(diagnostic.message(), null, false, false);
            this.displayPath = displayPath;
            this.diagnostic = diagnostic;
        }
    }

    private static ParseResult readSpec(SourceFile file, Profile profile) {
        ParseResult parsed = SpecEngine.read(file, SpecFormat.MARKDOWN, profile);
        if (SpecEngine.unreadable(parsed)) {
            throw new CliException(file.displayPath() + ": cannot be read as a spec: "
                    + parsed.diagnostics().get(0).message());
        }
        return parsed;
    }

    private static void writeFile(Formatted f) {
        try {
            AtomicFiles.write(f.path(), f.text());
        } catch (IOException e) {
            throw new CliException(f.displayPath() + ": cannot write: " + IoErrors.reason(e), e);
        }
    }
}
