package dev.featurespec.model.internal;

import dev.featurespec.model.document.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the feature folder's records ask of their parts alike: the text of a labelled note, and the
 * elements of every section in order. Not API.
 */
public final class FolderParts {
    private FolderParts() {}

    /** The text of the first of {@code notes} labelled {@code label}, ignoring case. */
    public static Optional<String> noteText(List<Note> notes, String label) {
        return notes.stream().filter(n -> n.isLabelled(label)).map(Note::text).findFirst();
    }

    /** The elements of each of {@code sections}, in order, as an unmodifiable list. */
    public static <S, T> List<T> flatten(List<S> sections, Function<S, List<T>> elements) {
        List<T> all = new ArrayList<>();
        sections.forEach(s -> all.addAll(elements.apply(s)));
        return List.copyOf(all);
    }
}
