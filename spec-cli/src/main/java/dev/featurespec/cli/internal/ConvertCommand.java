package dev.featurespec.cli.internal;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.SourceMap;
import dev.featurespec.model.template.Profile;
import dev.featurespec.parser.ParseResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code featurespec convert}: Markdown, JSON and YAML into each other. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Converts a spec, a tasks.md or a checklist between Markdown, JSON and YAML.",
            "The input format comes from the file extension (.json, .yaml, .yml, else",
            "Markdown) or --from; - reads standard input. Output goes to stdout or -o.",
            "A spec is read back from what was written and written only when it reads back",
            "as the same spec; else nothing is written and FS120 says where.",
            "The document kind comes from --kind, else the file name (tasks.md, a file in",
            "checklists/, else a spec) and, for JSON and YAML, the content.",
            "--base ORIGINAL.md writes an edited spec onto its original Markdown; the result is",
            "read back and written only when it gives exactly the edited spec."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:converted",
            "1:the input could not be read, or the spec would not read back the same from what was written"
                    + " (nothing is written)",
            "2:usage or I/O error"
        })
public final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Option(names = "--to", required = true, paramLabel = "json|yaml|markdown", description = "Output format.")
    SpecFormat to;

    @Option(
            names = "--from",
            paramLabel = "json|yaml|markdown",
            description = "Input format (default: from the extension; Markdown for stdin).")
    SpecFormat from;

    @Option(
            names = "--kind",
            paramLabel = "spec|tasks|checklist",
            description = "What the document is (default: by file name and, for JSON and YAML, content).")
    DocumentKind kind;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "Write to this file, atomically (default: stdout).")
    Path output;

    @Option(
            names = "--profile",
            paramLabel = "P",
            description = "Template profile for reading and writing Markdown (default: per document).")
    String profile;

    @Option(
            names = "--base",
            paramLabel = "ORIGINAL.md",
            description = {
                "With --to markdown: write the spec onto the Markdown it was read from, changing only",
                "the lines of the elements that changed; unchanged, the file comes back byte for byte."
            })
    Path base;

    @Parameters(index = "0", paramLabel = "PATH|-", description = "The spec file, or - for standard input.")
    String input;

    /** Used by picocli. */
    public ConvertCommand() {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Profile chosen = CommandSupport.profile(profile, CliConfig.DEFAULTS);
        if (base != null && to != SpecFormat.MARKDOWN) {
            throw new CliException("--base needs --to markdown");
        }
        SourceFile file;
        if (input.equals("-")) {
            file = SpecFiles.read(System.in);
        } else {
            Path path = Path.of(input);
            SpecFiles.discover(List.of(path)); // a clear message for a missing path
            file = SpecFiles.read(path);
        }
        SpecFormat format = from != null ? from : file.format();
        DocumentKind documentKind = kind != null ? kind : DocumentKind.of(file, format);
        String shown = file.displayPath();
        if (base != null && documentKind != DocumentKind.SPEC) {
            throw new CliException(
                    "--base writes specs only, not a " + documentKind.name().toLowerCase(Locale.ROOT));
        }
        if (documentKind != DocumentKind.SPEC) {
            List<Diagnostic> errors = new ArrayList<>();
            Optional<String> converted = FolderConvert.convert(documentKind, file, format, to, errors);
            if (converted.isEmpty()) {
                return refuse(shown, errors, err);
            }
            return emit(withFinalNewline(converted.get()), out);
        }
        ParseResult parsed = SpecEngine.read(file, format, chosen);
        Path inputPath = file.path();
        file = null; // the input text is not needed any more
        if (SpecEngine.unreadable(parsed)) {
            return refuse(
                    shown,
                    parsed.diagnostics().stream().filter(Diagnostic::isError).toList(),
                    err);
        }
        if (base != null) {
            Optional<String> onto = WriteOnto.write(base, parsed.spec(), chosen, err);
            return onto.isEmpty() ? 1 : emit(onto.get(), out);
        }
        // standard input cannot be read again for the positions of a refusal, so its source map is kept
        Input given = new Input(shown, inputPath, format, parsed.spec(), inputPath == null ? parsed.sourceMap() : null);
        parsed = null; // nor the source map of a file
        return writeChecked(given, chosen, out, err);
    }

    /**
     * The spec read from the input.
     *
     * @param shown the input as shown in diagnostics
     * @param path the input file, or {@code null} for standard input
     * @param format the input's format
     * @param spec the spec read from it
     * @param sourceMap where its elements stand, kept only for standard input (a file is read again)
     */
    private record Input(String shown, Path path, SpecFormat format, FeatureSpec spec, SourceMap sourceMap) {}

    /**
     * Writes {@code given} in the output format when the text written reads back as the same spec (exit 0);
     * else writes nothing and reports FS120 at the first element that would not (exit 1).
     */
    private int writeChecked(Input given, Profile profile, PrintWriter out, PrintWriter err) {
        String text = withFinalNewline(SpecEngine.write(given.spec(), to, profile, false));
        FeatureSpec again = SpecEngine.readBack(text, to, profile).spec();
        if (again.equals(given.spec())) {
            return emit(text, out);
        }
        text = null; // reading the input again for positions needs the memory more
        SourceMap map = given.sourceMap() != null ? given.sourceMap() : positions(given, profile);
        Diagnostic refusal = ReadBack.notWritable(
                given.spec(), again, map, "the " + name(to) + " written for it; nothing was written");
        return refuse(given.shown(), List.of(refusal), err);
    }

    /** Where the elements of the input stand, read again for a refusal; empty when it cannot be read. */
    private static SourceMap positions(Input given, Profile profile) {
        try {
            return SpecEngine.read(SpecFiles.read(given.path()), given.format(), profile)
                    .sourceMap();
        } catch (CliException e) {
            return SourceMap.empty(); // gone since: the refusal stands without a position
        }
    }

    /** Prints {@code errors} and returns exit code 1; nothing is written. */
    private static int refuse(String shown, List<Diagnostic> errors, PrintWriter err) {
        errors.forEach(d -> err.println(TextReport.line(shown, d)));
        err.flush();
        return 1;
    }

    private static String withFinalNewline(String text) {
        return text.endsWith("\n") ? text : text + "\n";
    }

    private static String name(SpecFormat format) {
        return switch (format) {
            case MARKDOWN -> "Markdown";
            case JSON -> "JSON";
            case YAML -> "YAML";
        };
    }

    /** Writes {@code text} to the output file, else to {@code out}. */
    private int emit(String text, PrintWriter out) {
        if (output == null) {
            out.print(text);
            Output.flush(out, Output.STDOUT);
        } else {
            try {
                AtomicFiles.write(output, text);
            } catch (IOException e) {
                throw new CliException(SpecFiles.display(output) + ": cannot write: " + IoErrors.reason(e), e);
            }
        }
        return 0;
    }
}
