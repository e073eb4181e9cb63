package dev.featurespec.diff;

import java.util.Objects;
import java.util.Optional;

/**
 * One field of an element that differs between the old and the new spec. Values are as written (the
 * Markdown source of a text), empty when the field is absent on that side; a list field (a scenario's
 * {@code and} steps) is its items joined by line feeds.
 *
 * @param field the field, as a JSON pointer relative to the element without the leading slash: {@code
 *     text}, {@code priority}, {@code attributes/Owner}; {@code level} is the requirement's derived
 *     RFC 2119 level
 * @param oldValue the value in the old spec
 * @param newValue the value in the new spec
 */
public record FieldChange(String field, Optional<String> oldValue, Optional<String> newValue) {
    public FieldChange {
        Objects.requireNonNull(field, "FieldChange.field must not be null");
        oldValue = oldValue == null ? Optional.empty() : oldValue;
        newValue = newValue == null ? Optional.empty() : newValue;
    }

    /** A field change; {@code null} stands for an absent value. */
    public static FieldChange of(String field, String oldValue, String newValue) {
        return new FieldChange(field, Optional.ofNullable(oldValue), Optional.ofNullable(newValue));
    }
}
