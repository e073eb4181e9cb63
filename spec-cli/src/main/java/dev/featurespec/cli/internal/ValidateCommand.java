package dev.featurespec.cli.internal;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.Severity;
import dev.featurespec.model.template.Profile;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.markdown.Suppressions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code featurespec validate}: parse and check specs, report diagnostics. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Checks specs and reports diagnostics.",
            "Checks document structure and the rules in docs/rules.md. A folder means every",
            "spec.md below it; a file is read whatever its name (.json, .yaml and .yml as",
            "the JSON tree, anything else as Markdown); - reads standard input."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings allowed unless --strict)", "1:errors found", "2:usage or I/O error"})
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Option(
            names = "--format",
            paramLabel = "text|json|sarif",
            defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    @Option(
            names = "--profile",
            paramLabel = "P",
            description = "Template profile: speckit, extended, or a profile file (default: per document).")
    String profile;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Configuration file (default: the nearest .featurespec.yaml).")
    Path config;

    @Option(
            names = "--from",
            paramLabel = "json|yaml|markdown",
            description = "Format of standard input (default: markdown). Files go by their extension.")
    SpecFormat from;

    @Option(
            names = {"-j", "--jobs"},
            paramLabel = "N",
            description = "Files checked at once (default: one per processor). The output is the same for any N.")
    Integer jobs;

    @Parameters(
            arity = "1..*",
            paramLabel = "PATH|-",
            description = "Spec files or folders, or - for standard input (once, reported as <stdin>).")
    List<Path> paths;

    /** Used by picocli. */
    public ValidateCommand() {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int jobs = jobs();
        CliConfig cfg = CommandSupport.config(config);
        Profile chosen = CommandSupport.profile(profile, cfg);
        List<Path> named = paths.stream().filter(p -> !isStdin(p)).toList();
        boolean stdin = named.size() < paths.size();
        SpecFiles.Discovered found =
                named.isEmpty() ? new SpecFiles.Discovered(List.of(), List.of()) : SpecFiles.discoverAll(named);
        List<Path> files = new ArrayList<>(found.files());
        if (stdin) {
            files.add(0, null); // standard input is read first, before any file
        }
        Preload.validator();

        List<FileReport> reports =
                new ArrayList<>(files.size() + found.problems().size());
        boolean failed = !found.problems().isEmpty();
        for (CliException problem : found.problems()) {
            unchecked(problem, reports, err);
        }
        Progress progress = Progress.of(err, files.size());
        // the text report goes out file by file, in order, while later files are still being checked;
        // not under a progress counter, whose line on the terminal the report's lines would break
        boolean streamed = format == ReportFormat.TEXT && !progress.shown();
        List<CliException> unreadable = new ArrayList<>();
        InOrder.run(files, jobs, ValidateCommand::alone, path -> checkOne(path, chosen, cfg), checked -> {
            if (checked.report() != null) {
                reports.add(checked.report());
                if (streamed) {
                    TextReport.writeLines(checked.report(), out);
                }
            } else {
                progress.finish();
                unreadable.add(checked.failure());
                unchecked(checked.failure(), reports, err);
            }
            progress.next();
        });
        progress.finish();
        if (streamed) {
            out.println(TextReport.summary(reports));
        } else {
            format.write(reports, out);
        }
        Output.flush(out, Output.STDOUT);
        if (failed || !unreadable.isEmpty()) {
            return 2;
        }
        boolean errors = reports.stream()
                .flatMap(r -> r.diagnostics().stream())
                .anyMatch(d -> d.isError() || (strict && d.severity() == Severity.WARNING));
        return errors ? 1 : 0;
    }

    /** The {@code --jobs} option, checked; one per processor when not given. */
    private int jobs() {
        if (jobs == null) {
            return InOrder.defaultJobs();
        }
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, not " + jobs);
        }
        return jobs;
    }

    /**
     * Files over {@value #LARGE_FILE} bytes, and standard input, are checked with nothing else running, so
     * that a run on several threads never holds more than one large input (and its model) at a time.
     */
    static final long LARGE_FILE = 1 << 20;

    private static boolean alone(Path path) {
        if (path == null) {
            return true;
        }
        try {
            return Files.size(path) > LARGE_FILE;
        } catch (IOException | RuntimeException e) { // reading it will say what is wrong
            return true;
        }
    }

    /**
     * What checking one file gave: its report, or the failure that says why it could not be checked.
     *
     * @param report the file's diagnostics, or null
     * @param failure why there is no report, or null
     */
    private record Checked(FileReport report, CliException failure) {}

    /** One file read and checked, on whichever thread runs it; {@code path} null is standard input. */
    private Checked checkOne(Path path, Profile chosen, CliConfig cfg) {
        try {
            SourceFile file = path == null ? SpecFiles.read(System.in) : SpecFiles.read(path);
            SpecFormat format = path == null && from != null ? from : file.format();
            return new Checked(new FileReport(file.displayPath(), check(file, format, chosen, cfg)), null);
        } catch (CliException e) {
            return new Checked(null, e);
        } catch (OutOfMemoryError e) {
            return new Checked(null, outOfMemory(path));
        } catch (LinkageError e) {
            if (Failures.causedByOutOfMemory(e)) { // the heap ran out while a class was initialized
                return new Checked(null, outOfMemory(path));
            }
            throw e;
        }
    }

    /**
     * A file that could not be read or checked: one line on stderr, and in the JSON and SARIF reports an
     * error for the file, so that a CI upload shows it too (the text report leaves it on stderr).
     */
    private void unchecked(CliException e, List<FileReport> reports, PrintWriter err) {
        Failures.report(err, e.getMessage(), e.getCause(), verbose.verbose);
        if (format != ReportFormat.TEXT) {
            e.report().ifPresent(reports::add);
        }
    }

    /** Running out of memory on one file: the others are still checked. */
    static CliException outOfMemory(Path path) {
        String shown = path == null ? "<stdin>" : SpecFiles.display(path);
        return CliException.unreadable(shown, Rule.UNREADABLE_FILE, "not checked: " + Failures.outOfMemory(), 0, null);
    }

    private static boolean isStdin(Path p) {
        return p.toString().equals("-");
    }

    /** Every diagnostic for one file after configuration and inline suppressions. */
    static List<Diagnostic> check(SourceFile file, SpecFormat format, Profile profile, CliConfig cfg) {
        ParseResult parsed = SpecEngine.read(file, format, profile);
        List<Diagnostic> all = SpecEngine.validate(parsed);
        List<Diagnostic> configured = cfg.apply(all);
        return format == SpecFormat.MARKDOWN ? Suppressions.parse(file.text()).filter(configured) : configured;
    }
}
