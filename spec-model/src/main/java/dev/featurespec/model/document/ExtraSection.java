package dev.featurespec.model.document;

import static dev.featurespec.model.internal.Checks.required;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A section of a feature-folder document that holds no typed item (in {@code tasks.md}: {@code ##
 * Dependencies & Execution Order}, {@code ## Implementation Strategy}, {@code ## Format: …}; in a
 * checklist: {@code ## Notes}), kept whole: its heading and its body as written, sub-sections included.
 * The spec's own extra sections are {@link dev.featurespec.model.ExtraSection}; these differ in how they
 * are anchored.
 *
 * <p>{@link #after()} says where the section stands among the document's typed sections (the phases of
 * a task list, the categories of a checklist): the number of them before it. {@code after} 0 is right
 * after the title and its notes.
 *
 * @param heading the heading's inline Markdown source, trimmed
 * @param level the heading level, 1 to 6
 * @param markdown the body's Markdown source as written, without a trailing newline; may be empty
 * @param after how many typed sections of the document come before this one, from 0
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
@JsonPropertyOrder({"heading", "level", "markdown", "after"})
public record ExtraSection(
        @JsonInclude(JsonInclude.Include.ALWAYS) String heading,
        @JsonInclude(JsonInclude.Include.ALWAYS) int level,
        @JsonInclude(JsonInclude.Include.ALWAYS) String markdown,
        int after) {

    public ExtraSection {
        required(heading, "ExtraSection.heading");
        required(markdown, "ExtraSection.markdown");
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("ExtraSection.level must be 1 to 6, was " + level);
        }
        if (after < 0) {
            throw new IllegalArgumentException("ExtraSection.after must be 0 or more, was " + after);
        }
    }

    /** A level-2 section placed after {@code after} typed sections. */
    public static ExtraSection of(String heading, String markdown, int after) {
        return new ExtraSection(heading, 2, markdown, after);
    }
}
