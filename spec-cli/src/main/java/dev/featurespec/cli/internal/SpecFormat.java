package dev.featurespec.cli.internal;

import java.nio.file.Path;
import java.util.Locale;

/** The formats featurespec reads and writes; {@code --from}, {@code --to} and file extensions name them. */
public enum SpecFormat {
    /** Spec Kit Markdown, {@code .md} and anything not recognised below. */
    MARKDOWN,
    /** The JSON tree, {@code .json}. */
    JSON,
    /** The same tree as YAML, {@code .yaml} or {@code .yml}. */
    YAML;

    /** The format a file's extension names; Markdown for anything that is not {@code .json}, {@code .yaml}, {@code .yml}. */
    public static SpecFormat of(Path path) {
        Path name = path.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".json")) {
            return JSON;
        }
        if (n.endsWith(".yaml") || n.endsWith(".yml")) {
            return YAML;
        }
        return MARKDOWN;
    }
}
