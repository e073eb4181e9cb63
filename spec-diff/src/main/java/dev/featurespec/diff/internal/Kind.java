package dev.featurespec.diff.internal;

import dev.featurespec.diff.ElementType;
import dev.featurespec.diff.FieldChange;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the diff treats one kind of list element: how old and new elements are paired, which fields
 * are compared, and which children lists it has. The instances are in {@link Kinds}. Not API.
 *
 * @param <T> the element's type
 */
abstract class Kind<T> {
    final ElementType type;
    final Matcher<T> matcher;

    Kind(ElementType type, List<Matcher.Pass<T>> passes) {
        this.type = type;
        this.matcher = new Matcher<>(passes);
    }

    /** The element's identity as shown in changes, when it has one. */
    Optional<String> id(T element) {
        return Optional.empty();
    }

    /** True when a paired element was renumbered (its id or number changed), which makes it moved. */
    boolean renumbered(T before, T after) {
        return false;
    }

    /** Adds the fields of the element itself (not its children lists) that differ. */
    abstract void fields(T before, T after, List<FieldChange> out);

    /** The {@code [NEEDS CLARIFICATION]} markers in the element's own texts (not its children's). */
    abstract int markers(T element);

    /** Diffs the children lists of a paired element; the pointers are the element's. */
    void children(Differ differ, T before, T after, String beforePointer, String afterPointer) {}

    // ---- helpers for the kinds

    /** Adds a field change when the two texts differ beyond whitespace. */
    static void text(List<FieldChange> out, String field, String before, String after) {
        if (!Texts.same(before, after)) {
            out.add(FieldChange.of(field, before, after));
        }
    }

    static void text(List<FieldChange> out, String field, Optional<String> before, Optional<String> after) {
        text(out, field, before.orElse(null), after.orElse(null));
    }

    /** Adds a field change when the two values differ (exactly, by {@code toString}). */
    static void exact(List<FieldChange> out, String field, Optional<?> before, Optional<?> after) {
        if (!before.equals(after)) {
            out.add(FieldChange.of(
                    field,
                    before.map(Object::toString).orElse(null),
                    after.map(Object::toString).orElse(null)));
        }
    }

    /** Adds a change per attribute (a table column) that differs: {@code attributes/Owner}. */
    static void attributes(List<FieldChange> out, Map<String, String> before, Map<String, String> after) {
        if (before.equals(after)) {
            return;
        }
        for (Map.Entry<String, String> e : before.entrySet()) {
            text(out, "attributes/" + Texts.pointerSegment(e.getKey()), e.getValue(), after.get(e.getKey()));
        }
        for (Map.Entry<String, String> e : after.entrySet()) {
            if (!before.containsKey(e.getKey())) {
                out.add(FieldChange.of("attributes/" + Texts.pointerSegment(e.getKey()), null, e.getValue()));
            }
        }
    }

    static int markers(Map<String, String> attributes) {
        int n = 0;
        for (String v : attributes.values()) {
            n += Texts.markers(v);
        }
        return n;
    }
}
