package dev.featurespec.model;

import static dev.featurespec.model.internal.Checks.required;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.featurespec.model.validation.MarkdownText;
import dev.featurespec.model.validation.NotBlankText;
import dev.featurespec.model.validation.OneLine;

/**
 * A key entity of the feature's data, {@code - **Account**: a person who …}.
 *
 * @param name the bold name, as written
 * @param description the Markdown source after the name, trimmed; may be empty
 */
@JsonPropertyOrder({"name", "description"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record KeyEntity(
        @NotBlankText(what = "key entity name") @OneLine(what = "key entity name", blank = false)
        String name,

        @MarkdownText(what = "key entity description", form = MarkdownText.Form.ITEM)
        String description) {
    public KeyEntity {
        required(name, "KeyEntity.name");
        required(description, "KeyEntity.description");
    }

    /** The entity {@code name} described by {@code description}, {@code - **name**: description}. */
    public static KeyEntity of(String name, String description) {
        return new KeyEntity(name, description);
    }
}
