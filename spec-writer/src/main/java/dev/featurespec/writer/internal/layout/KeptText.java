package dev.featurespec.writer.internal.layout;

import dev.featurespec.model.UserStory;
import dev.featurespec.model.template.TemplateSection;
import java.util.Optional;

/**
 * Text to write as it stands in place of what the layout would write: the author's own lines, kept when a
 * section is written again onto its original text. Lines are joined by {@code \n}.
 *
 * <pre>{@code
 * KeptText kept = new KeptText() {
 *     public Optional<String> heading(TemplateSection s) { return Optional.of("## User Stories"); }
 * };
 * }</pre>
 */
public interface KeptText {
    /** Nothing kept: the layout writes everything. */
    KeptText NONE = section -> Optional.empty();

    /** The line (or lines) to write as {@code section}'s heading, in place of the template's. */
    Optional<String> heading(TemplateSection section);

    /** The lines to write for {@code story}, in place of the story as the layout renders it. */
    default Optional<String> story(UserStory story) {
        return Optional.empty();
    }
}
