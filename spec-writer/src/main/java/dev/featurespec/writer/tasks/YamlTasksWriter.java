package dev.featurespec.writer.tasks;

import dev.featurespec.model.tasks.TaskList;
import dev.featurespec.writer.internal.folder.JsonOutput;
import java.util.Objects;

/**
 * Writes a {@link TaskList} as YAML 1.2: the tree {@link JsonTasksWriter} writes, with the same keys, order and
 * omissions. Block style with a trailing newline, no {@code ---} marker, multi-line text in literal
 * blocks ({@code |}), and quotes where a plain scalar would read back as something other than the same
 * string ({@code "yes"}, {@code "1.0"}, {@code "2026-02-03"}). Immutable and thread-safe.
 *
 * <pre>{@code
 * String yaml = YamlTasksWriter.create().write(tasks);
 * }</pre>
 */
public final class YamlTasksWriter {
    private static final YamlTasksWriter DEFAULT = new YamlTasksWriter();

    private final JsonOutput output = JsonOutput.yaml();

    private YamlTasksWriter() {}

    /** The YAML writer. */
    public static YamlTasksWriter create() {
        return DEFAULT;
    }

    /** {@code tasks} as YAML text. */
    public String write(TaskList tasks) {
        Objects.requireNonNull(tasks, "tasks");
        return output.write(g -> TaskListTree.write(g, tasks));
    }
}
