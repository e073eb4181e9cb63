package dev.featurespec.diff;

import java.util.Locale;

/** What happened to an element between the old and the new spec. */
public enum ChangeKind {
    /** The element is only in the new spec; {@link Change#before()} is empty. */
    ADDED,
    /** The element is only in the old spec; {@link Change#after()} is empty. */
    REMOVED,
    /** The element is in both, in the same place, and some of its fields differ. */
    CHANGED,
    /**
     * The element is in both, but renumbered (a story's number, a requirement's id) or reordered among
     * its siblings; {@link Change#fields()} lists whatever else changed with it.
     */
    MOVED;

    /** The lower-case name used in text and JSON output, e.g. {@code added}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
