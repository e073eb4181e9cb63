package dev.featurespec.model;

import static dev.featurespec.model.internal.Checks.optional;
import static dev.featurespec.model.internal.Checks.required;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.featurespec.model.validation.OneLine;
import java.util.Optional;

/**
 * Content no typed field holds, kept as written so nothing a document says is lost: a section the
 * template does not name ({@code ## Out of Scope}), or loose Markdown inside a typed section (a note
 * between requirements, the template's guidance comments).
 *
 * <p>{@link #after()} says where it belongs: the Markdown writer writes each extra right after the
 * typed section it names, loose content (no heading) first, then headed sections in list order; the
 * parser sets it to the typed section the content follows in the source.
 *
 * @param heading the heading's inline Markdown source; absent for loose content
 * @param level the heading level, 1 to 6; 0 for loose content
 * @param markdown the body's Markdown source, exactly as written (no trailing newline)
 * @param after the typed section this content follows
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"heading", "level", "markdown", "after"})
public record ExtraSection(
        Optional<@OneLine(what = "extra section heading", heading = true) String> heading,
        @JsonInclude(JsonInclude.Include.ALWAYS) int level,
        @JsonInclude(JsonInclude.Include.ALWAYS) String markdown,
        @JsonInclude(JsonInclude.Include.ALWAYS) Section after) {

    public ExtraSection {
        heading = optional(heading);
        required(markdown, "ExtraSection.markdown");
        if (after == null) {
            after = Section.METADATA;
        }
        if (heading.isPresent() && (level < 1 || level > 6)) {
            throw new IllegalArgumentException("ExtraSection.level must be 1 to 6 for a heading, was " + level);
        }
        if (heading.isEmpty() && level != 0) {
            throw new IllegalArgumentException("ExtraSection.level must be 0 without a heading, was " + level);
        }
    }

    /** A headed section placed after {@code after}. */
    public static ExtraSection headed(String heading, int level, String markdown, Section after) {
        return new ExtraSection(Optional.of(required(heading, "ExtraSection.heading")), level, markdown, after);
    }

    /** Loose Markdown placed inside {@code after}, after its typed content. */
    public static ExtraSection loose(String markdown, Section after) {
        return new ExtraSection(Optional.empty(), 0, markdown, after);
    }
}
