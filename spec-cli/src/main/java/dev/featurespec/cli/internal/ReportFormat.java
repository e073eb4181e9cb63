package dev.featurespec.cli.internal;

import dev.featurespec.model.diagnostic.Severity;
import java.io.PrintWriter;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.json.JsonMapper;

/** How {@code validate} prints its findings: {@code --format text|json|sarif}. */
public enum ReportFormat {
    /** {@code PATH:LINE:COL: SEVERITY: MESSAGE [RULE-ID]} lines and a summary line. */
    TEXT {
        @Override
        public void write(List<FileReport> files, PrintWriter out) {
            TextReport.write(files, out);
        }
    },
    /** One JSON object: counts and a {@code diagnostics} array. */
    JSON {
        @Override
        public void write(List<FileReport> files, PrintWriter out) {
            JsonReport.write(files, out);
        }
    },
    /** SARIF 2.1.0, for GitHub code scanning. */
    SARIF {
        @Override
        public void write(List<FileReport> files, PrintWriter out) {
            SarifReport.write(files, out);
        }
    };

    /** Writes the report for {@code files} to {@code out}. */
    public abstract void write(List<FileReport> files, PrintWriter out);

    /**
     * A generator of pretty JSON as the JSON writer writes it (two-space indent, {@code "key": value}, LF)
     * into {@code out}, which it flushes but does not close.
     */
    static JsonGenerator prettyGenerator(PrintWriter out) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return JsonMapper.builder()
                .build()
                .writer()
                .with(new DefaultPrettyPrinter(separators)
                        .withObjectIndenter(indenter)
                        .withArrayIndenter(indenter))
                .without(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .createGenerator(out);
    }

    static long total(List<FileReport> files, Severity severity) {
        return files.stream().mapToLong(f -> f.count(severity)).sum();
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
