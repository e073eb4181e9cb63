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
     * {@code sibling}: the one it follows when {@code follows}, else the one it goes before.
     */
    List<String> render(T element, int afterIndex, String sibling, boolean follows);

    /**
     * True when {@code element} may stand after (or before) {@code sibling} in the text and read back as
     * itself: a requirement under the same group heading as its neighbour, say.
     */
    default boolean fits(T element, T sibling) {
        return true;
    }

    /**
     * Throws {@link Unplaceable} when taking out the element at {@code pointer} would change how what
     * follows it reads (a requirement written as a paragraph with a list after it).
     */
    default void checkRemovable(String pointer) {}

    /**
     * True when an ordered list of these elements is renumbered after an edit; false for block-level
     * elements and for elements whose number the model holds (a success criterion's marker).
     */
    default boolean renumbered() {
        return !block();
    }

    /** True for block-level elements (stories, sessions), always set apart by a blank line. */
    default boolean block() {
        return false;
    }
}
