package dev.featurespec.cli.internal;

import dev.featurespec.diff.Change;
import dev.featurespec.diff.Significance;
import dev.featurespec.diff.SpecDiff;
import dev.featurespec.diff.SpecDiffer;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.SourceMap;
import dev.featurespec.parser.ParseResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code featurespec diff}: the semantic changes between two versions of a spec. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Shows what changed between two versions of a spec: requirements,",
            "criteria, stories and answers added, removed, changed or moved, and what",
            "that means (breaking, stricter, looser, clarified, ...). Whitespace, line",
            "wrapping and list markers alone are no change.",
            "  diff OLD NEW            two files (.md, .json, .yaml; - for stdin)",
            "  diff --git REV [PATH...] every spec.md at git revision REV against",
            "                          the working tree, new and deleted ones too"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no semantic change (or none with a --fail-on significance)",
            "1:changes found",
            "2:usage or I/O error, unreadable input, or git trouble"
        })
public final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Option(
            names = "--format",
            paramLabel = "text|json|markdown",
            defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}); json's schema is 'schema --diff'.")
    DiffFormat format;

    @Option(
            names = "--fail-on",
            split = ",",
            paramLabel = "SIGNIFICANCE",
            description = "Exit 1 only for changes with one of these significances: breaking, stricter, looser, "
                    + "promoted, demoted, clarified, unclear, editorial (default: any change).")
    List<Significance> failOn;

    @Option(
            names = "--git",
            paramLabel = "REV",
            description = "Compare every spec.md at git revision REV with the working tree.")
    String git;

    @Option(
            names = "--from",
            paramLabel = "json|yaml|markdown",
            description = "Format of both inputs (default: from the extension; Markdown for stdin).")
    SpecFormat from;

    @Option(
            names = "--profile",
            paramLabel = "P",
            description = "Template profile for reading Markdown (default: per document).")
    String profile;

    @Parameters(
            paramLabel = "OLD NEW | PATH",
            description = "Without --git: the old and the new spec (- for standard input, once). With --git: "
                    + "files or folders to compare (default: the whole repository).")
    List<String> args = new ArrayList<>();

    /** Reads one version in its format with the chosen profile; set by {@link #call()}. */
    private Function<SourceFile, ParseResult> reader;

    /** Used by picocli. */
    public DiffCommand() {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var chosen = CommandSupport.profile(profile, CliConfig.DEFAULTS);
        reader = f -> SpecEngine.read(f, from != null ? from : f.format(), chosen);
        List<ComparedSpec> compared = new ArrayList<>();
        boolean trouble;
        if (git != null) {
            trouble = GitDiff.compare(git, args, this, compared, err);
        } else {
            if (args.size() != 2) {
                throw new ParameterException(spec.commandLine(), "diff needs OLD and NEW (or --git REV)");
            }
            if (args.get(0).equals("-") && args.get(1).equals("-")) {
                throw new ParameterException(spec.commandLine(), "only one of OLD and NEW can be - (standard input)");
            }
            SourceFile old = read(args.get(0));
            SourceFile now = read(args.get(1));
            Optional<ComparedSpec> c = compare(Optional.of(old), Optional.of(now), err);
            c.ifPresent(compared::add);
            trouble = c.isEmpty();
        }
        format.write(compared, out);
        out.flush();
        if (trouble) {
            return 2;
        }
        return compared.stream().flatMap(c -> c.diff().changes().stream()).anyMatch(this::fails) ? 1 : 0;
    }

    private boolean fails(Change c) {
        return failOn == null || failOn.isEmpty() || failOn.stream().anyMatch(c::is);
    }

    private static SourceFile read(String arg) {
        if (arg.equals("-")) {
            return SpecFiles.read(System.in);
        }
        Path path = Path.of(arg);
        SpecFiles.discover(List.of(path)); // a clear message for a missing path
        return SpecFiles.read(path);
    }

    /**
     * Reads both versions (either may be absent: an added or deleted spec) and diffs them; empty, with the
     * reader's errors on {@code err}, when a version cannot be read as a spec at all.
     */
    Optional<ComparedSpec> compare(Optional<SourceFile> old, Optional<SourceFile> now, PrintWriter err) {
        Optional<ParseResult> before = old.map(reader);
        Optional<ParseResult> after = now.map(reader);
        boolean unreadable = unreadable(old, before, err) | unreadable(now, after, err);
        if (unreadable) {
            return Optional.empty();
        }
        FeatureSpec empty = FeatureSpec.builder("").build();
        SpecDiff diff = SpecDiffer.create()
                .diff(
                        before.map(ParseResult::spec).orElse(empty),
                        after.map(ParseResult::spec).orElse(empty));
        return Optional.of(new ComparedSpec(
                old.map(SourceFile::displayPath),
                now.map(SourceFile::displayPath),
                diff,
                before.map(ParseResult::sourceMap).orElse(SourceMap.empty()),
                after.map(ParseResult::sourceMap).orElse(SourceMap.empty())));
    }

    private static boolean unreadable(Optional<SourceFile> file, Optional<ParseResult> parsed, PrintWriter err) {
        if (parsed.isEmpty() || !SpecEngine.unreadable(parsed.get())) {
            return false;
        }
        for (Diagnostic d : parsed.get().diagnostics()) {
            if (d.isError()) {
                err.println(Printable.line(TextReport.line(file.get().displayPath(), d)));
            }
        }
        err.flush();
        return true;
    }
}
