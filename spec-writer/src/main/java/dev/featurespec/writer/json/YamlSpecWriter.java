package dev.featurespec.writer.json;

import dev.featurespec.model.FeatureSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes a {@link FeatureSpec} as YAML 1.2: the tree {@link JsonSpecWriter} writes, with the same keys,
 * order and omissions. Block style with a trailing newline, no {@code ---} marker, two-space indent,
 * multi-line text in literal blocks ({@code |}), and quotes only where a plain scalar would read back
 * as something other than the same string ({@code "yes"}, {@code "1.0"}, {@code "2026-02-03"}, {@code
 * "null"}). Text holding a control character or a Unicode line or paragraph separator (U+0085, U+2028,
 * U+2029) is double-quoted with escapes, so that every character reads back unchanged in any YAML
 * reader. Immutable and thread-safe.
 *
 * <pre>{@code
 * String yaml = YamlSpecWriter.create().write(spec);
 * }</pre>
 */
public final class YamlSpecWriter {
    private static final YamlSpecWriter DEFAULT = new YamlSpecWriter();

    private YamlSpecWriter() {}

    /** The YAML writer. */
    public static YamlSpecWriter create() {
        return DEFAULT;
    }

    /**
     * {@code spec} as YAML text.
     *
     * @throws IllegalStateException when the spec nests deeper than 500 objects and arrays (statements
     *     nested some 250 deep, which only a spec built in code can hold; no reader reads them back)
     */
    public String write(FeatureSpec spec) {
        Objects.requireNonNull(spec, "spec");
        StringBuilder out = new StringBuilder(4096);
        YamlSink sink = new YamlSink(out);
        new TreeWriter(sink).spec(spec);
        sink.finish();
        if (out.length() == 0 || out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * Appends {@code spec} as YAML text to {@code out}.
     *
     * @throws IOException when {@code out} throws
     */
    public void write(FeatureSpec spec, Appendable out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.append(write(spec));
    }

    /**
     * Writes {@code spec} as UTF-8 YAML to {@code out}, without closing it.
     *
     * @throws IOException when {@code out} throws
     */
    public void write(FeatureSpec spec, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(write(spec));
        w.flush();
    }
}
