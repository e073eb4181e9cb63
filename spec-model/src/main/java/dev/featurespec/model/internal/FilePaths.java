package dev.featurespec.model.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the file paths a task or checklist text names: {@code src/models/user.py} written bare or in a
 * code span, and a file name alone ({@code README.md}, {@code .env.example}) in a code span. A path has
 * at least one {@code /} and ends in a file extension; folders ({@code lib/src/}), URLs, globs and
 * slash commands ({@code /status}) are not paths. A name without a {@code /} counts only in a code span
 * and only with a common file extension, so {@code Node.js} in prose is not a file. Not API.
 */
public final class FilePaths {
    // ASCII path characters; a path is preceded by none of them, nor by '.' or '/', so URLs don't match
    private static final Pattern PATH = Pattern.compile(
            "(?<![\\w./@+~$-])(?:\\.{1,2}/|/)?(?:[\\w.@+~$-]+/)+[\\w.@+~$-]*\\.([A-Za-z][A-Za-z0-9]{0,9})(?![\\w/])");
    private static final Pattern NAME =
            Pattern.compile("\\.?[\\w@+~-][\\w.@+~-]*\\.([A-Za-z][A-Za-z0-9]{0,9})|\\.[A-Za-z][\\w.-]*");
    private static final Set<String> EXTENSIONS = Set.of(
            "md",
            "mdx",
            "txt",
            "rst",
            "adoc",
            "json",
            "jsonc",
            "json5",
            "yaml",
            "yml",
            "toml",
            "xml",
            "ini",
            "cfg",
            "conf",
            "lock",
            "sql",
            "sh",
            "bash",
            "zsh",
            "ps1",
            "bat",
            "py",
            "pyi",
            "ipynb",
            "js",
            "jsx",
            "mjs",
            "cjs",
            "ts",
            "tsx",
            "mts",
            "cts",
            "vue",
            "svelte",
            "astro",
            "java",
            "kt",
            "kts",
            "scala",
            "groovy",
            "gradle",
            "go",
            "mod",
            "sum",
            "rs",
            "rb",
            "php",
            "cs",
            "fs",
            "c",
            "h",
            "cc",
            "cpp",
            "hpp",
            "m",
            "mm",
            "swift",
            "dart",
            "lua",
            "r",
            "ex",
            "exs",
            "erl",
            "clj",
            "hs",
            "ml",
            "zig",
            "html",
            "htm",
            "css",
            "scss",
            "sass",
            "less",
            "svg",
            "png",
            "jpg",
            "jpeg",
            "gif",
            "webp",
            "ico",
            "proto",
            "graphql",
            "gql",
            "tf",
            "hcl",
            "csv",
            "tsv",
            "tpl",
            "j2",
            "properties",
            "pem",
            "wasm",
            "example",
            "sample",
            "template",
            "pdf");

    private FilePaths() {}

    /** The file paths {@code texts} name, in order of first appearance, each once, as written. */
    public static List<String> of(List<String> texts) {
        Set<String> out = new LinkedHashSet<>();
        for (String text : texts) {
            add(text, out);
        }
        return List.copyOf(out);
    }

    private static void add(String text, Set<String> out) {
        int[] spans = InlineText.codeSpanRanges(text);
        int from = 0;
        for (int k = 0; k < spans.length; k += 2) {
            // the backticks around a span are one before and one after its content at least
            bare(text.substring(from, Math.max(from, spans[k] - 1)), out);
            code(InlineText.strippedCodeSpan(text, spans[k], spans[k + 1]), out);
            from = spans[k + 1] + 1;
        }
        if (from < text.length()) {
            bare(text.substring(from), out);
        }
    }

    private static void bare(String text, Set<String> out) {
        if (text.indexOf('/') < 0) {
            return;
        }
        Matcher m = PATH.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
    }

    private static void code(String span, Set<String> out) {
        if (span.isEmpty()) {
            return;
        }
        if (span.indexOf(' ') < 0) {
            Matcher name = NAME.matcher(span);
            if (span.indexOf('/') < 0 && name.matches()) {
                String ext = name.group(1);
                boolean known = ext != null && EXTENSIONS.contains(ext.toLowerCase(Locale.ROOT));
                // a dotfile (.gitignore, .env) is a file; a bare extension (.cpp) is not
                boolean dotfile =
                        ext == null && !EXTENSIONS.contains(span.substring(1).toLowerCase(Locale.ROOT));
                if (known || dotfile) {
                    out.add(span);
                }
                return;
            }
        }
        bare(span, out);
    }

    /**
     * {@code path} in the form two paths are compared in: without a leading {@code ./} or {@code /},
     * with {@code \} read as {@code /}.
     */
    public static String normalised(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("./") || p.startsWith("/")) {
            p = p.substring(p.startsWith("./") ? 2 : 1);
        }
        return p;
    }
}
