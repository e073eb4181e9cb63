package dev.featurespec.writer.internal.faithful;

import java.util.List;

/**
 * What {@link ListPatcher} needs to know of one kind of list element: its pointer, how a changed one is
 * patched, how a new one is rendered like its siblings, and which changed elements pair.
 *
 * @param <T> the element type
 */
interface ElementKind<T> {
    /** The pointer of the base element at {@code index}. */
    String pointer(int index);

    /** The key pairing a changed element with its old self (an id, a title), or null for none. */
    Object key(T element);

    /** The patches turning base element {@code before}, at {@code pointer}, into {@code after}. */
    List<Patch> changed(T before, T after, String pointer, int afterIndex);

    /**
     * The lines of the new element {@code element} at {@code afterIndex}, styled like the base element at
     * {@code sibling} (its neighbour).
     */
    List<String> render(T element, int afterIndex, String sibling);

    /** True for block-level elements (stories, sessions), always set apart by a blank line. */
    default boolean block() {
        return false;
    }
}
