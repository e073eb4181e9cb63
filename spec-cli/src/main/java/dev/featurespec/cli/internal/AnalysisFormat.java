package dev.featurespec.cli.internal;

import java.io.PrintWriter;
import java.util.List;

/** How {@code analyze} prints its findings: {@code --format text|json|sarif|markdown}. */
public enum AnalysisFormat {
    /** {@code PATH:LINE:COL: SEVERITY: MESSAGE [RULE-ID]} lines and a summary line, as {@code validate}. */
    TEXT {
        @Override
        void write(List<FolderReport> folders, PrintWriter out) {
            TextReport.write(FolderReport.files(folders), out);
        }
    },
    /** {@code validate}'s JSON object plus a {@code coverage} array. */
    JSON {
        @Override
        void write(List<FolderReport> folders, PrintWriter out) {
            AnalysisJsonReport.write(folders, out);
        }
    },
    /** SARIF 2.1.0, as {@code validate}'s. */
    SARIF {
        @Override
        void write(List<FolderReport> folders, PrintWriter out) {
            SarifReport.write(FolderReport.files(folders), out);
        }
    },
    /** A traceability matrix per folder and its findings, for a pull request comment. */
    MARKDOWN {
        @Override
        void write(List<FolderReport> folders, PrintWriter out) {
            TraceabilityMatrix.write(folders, out);
        }
    };

    /** Writes the report for {@code folders} to {@code out}. */
    abstract void write(List<FolderReport> folders, PrintWriter out);
}
