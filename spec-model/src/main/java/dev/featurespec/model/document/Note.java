package dev.featurespec.model.document;

import static dev.featurespec.model.internal.Checks.optional;
import static dev.featurespec.model.internal.Checks.required;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;

/**
 * Content of a document section that is not a typed item, kept as written: either a labelled line
 * ({@code **Checkpoint**: Foundation ready}, {@code **用途**：…}) or any other Markdown block (a paragraph,
 * a table, a block quote, a code block, a list of plain bullets, a thematic break).
 *
 * <p>{@link #at()} says where the note stands among the items of its section (the tasks of a phase, the
 * items of a checklist category): the number of items before it. A note above the first item has {@code
 * at} 0; a checkpoint after the last of five tasks has {@code at} 5. Writers put each note back there.
 *
 * @param label the bold label without its {@code **} and colon; absent for a plain block
 * @param text for a labelled line, the inline Markdown after the colon, trimmed (continuation lines kept,
 *     joined with {@code \n}; may be empty); otherwise the block's Markdown source as written, without a
 *     trailing newline
 * @param at how many items of the enclosing section come before the note, from 0
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
@JsonPropertyOrder({"label", "text", "at"})
public record Note(
        Optional<String> label,
        @JsonInclude(JsonInclude.Include.ALWAYS) String text,
        int at) {

    public Note {
        label = optional(label);
        required(text, "Note.text");
        if (label.isPresent() && label.get().isBlank()) {
            throw new IllegalArgumentException("Note.label must not be blank when present");
        }
        if (label.isEmpty() && text.isBlank()) {
            throw new IllegalArgumentException("Note.text of an unlabelled note must not be blank");
        }
        if (at < 0) {
            throw new IllegalArgumentException("Note.at must be 0 or more, was " + at);
        }
    }

    /** A labelled line {@code **label**: text}, before the first item. */
    public static Note labelled(String label, String text) {
        return new Note(Optional.of(required(label, "Note.label")), text, 0);
    }

    /** A Markdown block kept as written, before the first item. */
    public static Note of(String markdown) {
        return new Note(Optional.empty(), markdown, 0);
    }

    /** The same note placed after {@code items} items of its section. */
    public Note at(int items) {
        return new Note(label, text, items);
    }

    /** True for a labelled line whose label is {@code name}, ignoring case. */
    public boolean isLabelled(String name) {
        return label.isPresent() && label.get().equalsIgnoreCase(name);
    }
}
