package dev.featurespec.cli.internal;

import dev.featurespec.model.diagnostic.Diagnostic;
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
            "The document kind comes from --kind, else the file name (tasks.md, a file in",
            "checklists/, else a spec) and, for JSON and YAML, the content.",
            "--base ORIGINAL.md writes an edited spec onto its original Markdown; the result is",
            "read back and written only when it gives exactly the edited spec."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:converted", "1:the input could not be read as a spec", "2:usage or I/O error"})
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
        String text;
        if (base != null && documentKind != DocumentKind.SPEC) {
            throw new CliException(
                    "--base writes specs only, not a " + documentKind.name().toLowerCase(Locale.ROOT));
        }
        if (documentKind != DocumentKind.SPEC) {
            List<Diagnostic> errors = new ArrayList<>();
            Optional<String> converted = FolderConvert.convert(documentKind, file, format, to, errors);
            if (converted.isEmpty()) {
                errors.forEach(d -> err.println(TextReport.line(shown, d)));
                err.flush();
                return 1;
            }
            text = converted.get();
        } else {
            ParseResult parsed = SpecEngine.read(file, format, chosen);
            file = null; // the input text is not needed any more
            if (SpecEngine.unreadable(parsed)) {
                for (Diagnostic d : parsed.diagnostics()) {
                    if (d.isError()) {
                        err.println(TextReport.line(shown, d));
                    }
                }
                err.flush();
                return 1;
            }
            if (base != null) {
                Optional<String> onto = WriteOnto.write(base, parsed.spec(), chosen, err);
                if (onto.isEmpty()) {
                    return 1;
                }
                return emit(onto.get(), out);
            }
            text = SpecEngine.write(parsed.spec(), to, chosen, false);
        }
        if (!text.endsWith("\n")) {
            text = text + "\n";
        }
        return emit(text, out);
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
