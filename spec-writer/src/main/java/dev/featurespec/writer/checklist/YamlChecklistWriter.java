package dev.featurespec.writer.checklist;

import dev.featurespec.model.checklist.Checklist;
import dev.featurespec.writer.internal.folder.JsonOutput;
import java.util.Objects;

/**
 * Writes a {@link Checklist} as YAML 1.2: the tree {@link JsonChecklistWriter} writes, with the same keys, order and
 * omissions. Block style with a trailing newline, no {@code ---} marker, multi-line text in literal
 * blocks ({@code |}), and quotes where a plain scalar would read back as something other than the same
 * string ({@code "yes"}, {@code "1.0"}, {@code "2026-02-03"}). Immutable and thread-safe.
 *
 * <pre>{@code
 * String yaml = YamlChecklistWriter.create().write(checklist);
 * }</pre>
 */
public final class YamlChecklistWriter {
    private static final YamlChecklistWriter DEFAULT = new YamlChecklistWriter();

    private final JsonOutput output = JsonOutput.yaml();

    private YamlChecklistWriter() {}

    /** The YAML writer. */
    public static YamlChecklistWriter create() {
        return DEFAULT;
    }

    /** {@code checklist} as YAML text. */
    public String write(Checklist checklist) {
        Objects.requireNonNull(checklist, "checklist");
        return output.write(g -> ChecklistTree.write(g, checklist));
    }
}
