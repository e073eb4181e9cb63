package dev.featurespec.cli.internal;

import dev.featurespec.folder.Analysis;
import dev.featurespec.folder.FeatureFolder;
import dev.featurespec.folder.Finding;
import dev.featurespec.folder.FolderFile;
import dev.featurespec.folder.Traceability;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.validation.SpecValidator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code featurespec analyze}: check how a feature folder's spec, tasks and checklists fit together. */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Checks how a feature folder's spec.md, tasks.md and checklists fit together.",
            "Reports dangling and uncovered stories and requirements, task id order, [P] tasks",
            "on one file, checklist references, and open questions once tasks exist. A folder",
            "holding spec.md is one feature; any other folder means every feature below it."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings allowed unless --strict)", "1:errors found", "2:usage or I/O error"})
public final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Option(
            names = "--format",
            paramLabel = "text|json|sarif|markdown",
            defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}); markdown is a traceability matrix.")
    AnalysisFormat format;

    @Mixin
    StrictOption strict;

    @Mixin
    ConfigOption config;

    @Parameters(arity = "1..*", paramLabel = "FOLDER", description = "Feature folders, or folders to search for them.")
    List<Path> paths;

    /** Used by picocli. */
    public AnalyzeCommand() {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CliConfig cfg = config.load();
        List<Path> folders = discover(paths);
        Preload.validator();
        Traceability traceability =
                Traceability.builder().validator(SpecValidator.direct()).build();
        List<FolderReport> reports = new ArrayList<>();
        boolean ioError = false;
        for (Path dir : folders) {
            try {
                Analysis analysis = traceability.analyze(FeatureFolder.read(dir));
                reports.add(report(dir, analysis, cfg));
            } catch (IOException e) {
                err.println("featurespec: " + SpecFiles.display(dir) + ": cannot read: " + IoErrors.reason(e));
                err.flush();
                ioError = true;
            }
        }
        format.write(reports, out);
        out.flush();
        if (ioError) {
            return 2;
        }
        return strict.exitCode(FolderReport.files(reports));
    }

    /**
     * The feature folders the arguments name, in order, each once: a folder holding {@code spec.md}, or
     * every such folder below a folder; a file stands for the feature folder it is in.
     */
    static List<Path> discover(List<Path> arguments) {
        Set<Path> found = new LinkedHashSet<>();
        for (Path arg : arguments) {
            Path dir = arg;
            if (Files.isRegularFile(arg)) {
                dir = folderOf(arg);
                if (!Files.isRegularFile(dir.resolve(FeatureFolder.SPEC))) {
                    throw new CliException(SpecFiles.display(arg) + ": not in a feature folder (no spec.md beside it)");
                }
            } else if (!Files.isDirectory(arg)) {
                throw new CliException(SpecFiles.display(arg) + ": no such file or folder");
            }
            List<Path> below;
            try {
                below = FeatureFolder.find(dir);
            } catch (IOException e) {
                throw new CliException(SpecFiles.display(dir) + ": cannot list folder: " + IoErrors.reason(e), e);
            }
            if (below.isEmpty()) {
                throw new CliException(
                        SpecFiles.display(arg) + ": no feature folder (no spec.md) found in this folder");
            }
            found.addAll(below);
        }
        return new ArrayList<>(found);
    }

    /** The feature folder of a file, as the user wrote the path: {@code specs/001/checklists/ux.md} → {@code specs/001}. */
    private static Path folderOf(Path file) {
        Path parent = file.getParent() == null ? Path.of(".") : file.getParent();
        if (parent.getFileName() != null && parent.getFileName().toString().equals(FeatureFolder.CHECKLISTS)) {
            return parent.getParent() == null ? Path.of(".") : parent.getParent();
        }
        return parent;
    }

    /** One file report per file read, in the order spec, tasks, checklists, with configuration applied. */
    private static FolderReport report(Path dir, Analysis analysis, CliConfig cfg) {
        FeatureFolder folder = analysis.folder();
        List<FolderFile<?>> files = new ArrayList<>();
        files.add(folder.spec());
        folder.tasks().ifPresent(files::add);
        files.addAll(folder.checklists());
        List<FileReport> out = new ArrayList<>();
        for (FolderFile<?> file : files) {
            List<Diagnostic> diagnostics = analysis.findings().stream()
                    .filter(f -> f.path().equals(file.path()))
                    .map(Finding::diagnostic)
                    .toList();
            out.add(new FileReport(SpecFiles.display(file.path()), cfg.apply(diagnostics)));
        }
        return new FolderReport(SpecFiles.display(dir), out, analysis.coverage());
    }
}
