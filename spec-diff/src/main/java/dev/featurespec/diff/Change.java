package dev.featurespec.diff;

import dev.featurespec.diff.internal.Summaries;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One semantic change between two versions of a spec: an element added, removed, changed or moved.
 * Pointers are RFC 6901 JSON pointers into each version's JSON tree, the same that {@link
 * dev.featurespec.model.diagnostic.SourceMap} and diagnostics use, so a change can be located in either
 * file.
 *
 * <pre>{@code
 * Change c = diff.changes().get(0);
 * c.kind();          // CHANGED
 * c.id();            // Optional[FR-003]
 * c.after();         // Optional[/functionalRequirements/2]
 * c.fields();        // [FieldChange[field=text, …], FieldChange[field=level, oldValue=Optional[SHOULD], newValue=Optional[MUST]]]
 * c.significance();  // [STRICTER]
 * c.summary();       // changed FR-003 (text, level SHOULD → MUST) "System MUST retry failed uploads."
 * }</pre>
 *
 * @param kind what happened
 * @param element the kind of element
 * @param before the element's pointer in the old spec; empty when it was {@linkplain ChangeKind#ADDED added}
 * @param after the element's pointer in the new spec; empty when it was {@linkplain ChangeKind#REMOVED removed}
 * @param id the element's identity where it has one: {@code FR-003}, {@code SC-002}, a story's number,
 *     a session's date, an entity's name, a metadata key; the new one, or the old one for a removal
 * @param fields for a changed or moved element, the fields that differ (besides its children, which are
 *     changes of their own); empty for additions and removals
 * @param oldValue the element in the old spec, of the {@linkplain ElementType#valueType() type} its element
 *     type names; empty for an addition
 * @param newValue the element in the new spec, children included; empty for a removal
 * @param significance what the change means; may be empty
 */
public record Change(
        ChangeKind kind,
        ElementType element,
        Optional<String> before,
        Optional<String> after,
        Optional<String> id,
        List<FieldChange> fields,
        Optional<Object> oldValue,
        Optional<Object> newValue,
        Set<Significance> significance) {

    public Change {
        Objects.requireNonNull(kind, "Change.kind must not be null");
        Objects.requireNonNull(element, "Change.element must not be null");
        before = before == null ? Optional.empty() : before;
        after = after == null ? Optional.empty() : after;
        id = id == null ? Optional.empty() : id;
        fields = fields == null ? List.of() : List.copyOf(fields);
        oldValue = oldValue == null ? Optional.empty() : oldValue;
        newValue = newValue == null ? Optional.empty() : newValue;
        significance = significance == null || significance.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(significance));
        boolean hasBefore = kind != ChangeKind.ADDED;
        boolean hasAfter = kind != ChangeKind.REMOVED;
        if (before.isPresent() != hasBefore || oldValue.isPresent() != hasBefore) {
            throw new IllegalArgumentException("Change of kind " + kind + (hasBefore ? " needs" : " must not have")
                    + " a before pointer and an old value");
        }
        if (after.isPresent() != hasAfter || newValue.isPresent() != hasAfter) {
            throw new IllegalArgumentException("Change of kind " + kind + (hasAfter ? " needs" : " must not have")
                    + " an after pointer and a new value");
        }
    }

    /** True when the change has significance {@code s}. */
    public boolean is(Significance s) {
        return significance.contains(s);
    }

    /** The pointer of the element in the new spec, or in the old one for a removal. */
    public String pointer() {
        return after.or(() -> before).orElseThrow();
    }

    /**
     * What the element is called: {@code FR-003}, {@code story 2}, {@code metadata status}, {@code
     * scenario}, {@code API contract statement}, {@code section "Out of Scope"}.
     */
    public String label() {
        return Summaries.label(this);
    }

    /**
     * What changed besides the kind: the fields that differ in parentheses (short values shown, {@code
     * level SHOULD → MUST}; a move says {@code was FR-003} or {@code reordered}), then the element's text
     * in quotes, shortened to about 80 characters with whitespace runs as one space; for a plain value
     * (a title, a metadata line) the old and new value. May be empty.
     */
    public String description() {
        return Summaries.description(this);
    }

    /**
     * One line saying what changed, for people: the kind, the {@linkplain #label() label}, the {@linkplain
     * #description() description} and the significances in brackets: {@code added FR-012 "System MUST …"
     * [stricter]}, {@code moved story 3 (was story 2) "Export a report"}, {@code changed metadata status
     * "Draft" → "Approved"}. Control characters are left as they are: escape them before printing to a
     * terminal.
     */
    public String summary() {
        return Summaries.summary(this);
    }
}
