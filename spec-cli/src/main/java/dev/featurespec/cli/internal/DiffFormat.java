package dev.featurespec.cli.internal;

import java.io.PrintWriter;
import java.util.List;

/** How {@code diff} prints the changes: {@code --format text|json|markdown}. */
public enum DiffFormat {
    /** {@code PATH:LINE: SUMMARY} lines and a summary line. */
    TEXT {
        @Override
        void write(List<ComparedSpec> specs, PrintWriter out) {
            DiffText.write(specs, out);
        }
    },
    /** One JSON object with a {@code specs} and a {@code changes} array; its schema is {@code schema --diff}. */
    JSON {
        @Override
        void write(List<ComparedSpec> specs, PrintWriter out) {
            DiffJson.write(specs, out);
        }
    },
    /** A pull-request comment: per spec a table of the changes, breaking ones first. */
    MARKDOWN {
        @Override
        void write(List<ComparedSpec> specs, PrintWriter out) {
            DiffMarkdown.write(specs, out);
        }
    };

    abstract void write(List<ComparedSpec> specs, PrintWriter out);
}
