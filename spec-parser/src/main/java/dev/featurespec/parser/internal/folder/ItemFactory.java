package dev.featurespec.parser.internal.folder;

import dev.featurespec.model.Statement;
import java.util.List;
import java.util.Optional;

/**
 * Builds a checkbox item from its parts: the canonical constructor of a task or a checklist item, which
 * have the same components. Not API.
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface ItemFactory<T> {
    /** The item with these parts. */
    T create(
            Optional<String> id,
            boolean done,
            String text,
            List<String> requirements,
            Optional<String> details,
            List<Statement> subItems);
}
