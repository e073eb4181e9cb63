package dev.featurespec.diff.internal;

import dev.featurespec.diff.Change;
import dev.featurespec.diff.ChangeKind;
import dev.featurespec.diff.ElementType;
import dev.featurespec.model.ApiContractSection;
import dev.featurespec.model.ClarificationSession;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.ImpactSection;
import dev.featurespec.model.Metadata;
import dev.featurespec.model.ObservabilitySection;
import dev.featurespec.model.Statement;
import dev.featurespec.model.UserStory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Applies the changes of a diff to the old spec, giving the new one ({@link
 * dev.featurespec.diff.SpecDiff#applyTo}). It uses nothing but the changes: each list of the old spec
 * is rebuilt in the new order, placing each added, changed or moved element's new value at its new
 * index and filling the other places with the untouched elements in their old order, patched in turn by
 * the changes below them. Every change must be used exactly once. Not API.
 */
public final class Patcher {
    private final List<Change> changes;
    private final NavigableMap<String, Change> byBefore = new TreeMap<>();
    private final NavigableMap<String, Change> byAfter = new TreeMap<>();
    private final Set<Change> used = Collections.newSetFromMap(new IdentityHashMap<>());

    private Patcher(List<Change> changes) {
        this.changes = changes;
        for (Change c : changes) {
            c.before().ifPresent(p -> put(byBefore, p, c));
            c.after().ifPresent(p -> put(byAfter, p, c));
        }
    }

    private static void put(Map<String, Change> map, String pointer, Change c) {
        if (map.put(pointer, c) != null) {
            throw new IllegalArgumentException("two changes at " + pointer);
        }
    }

    /** {@code before} with {@code changes} applied. */
    public static FeatureSpec apply(FeatureSpec before, List<Change> changes) {
        return new Patcher(changes).apply(before);
    }

    private FeatureSpec apply(FeatureSpec b) {
        FeatureSpec result = new FeatureSpec(
                scalar("/title", Optional.of(b.title()).filter(t -> !t.isEmpty()))
                        .orElse(""),
                scalar("/language", b.language()),
                scalar("/frontMatter", b.frontMatter()),
                metadata(b.metadata()),
                list(b.userStories(), "/userStories", "/userStories", this::story),
                list(b.edgeCases(), "/edgeCases", "/edgeCases", null),
                list(b.functionalRequirements(), "/functionalRequirements", "/functionalRequirements", null),
                list(b.keyEntities(), "/keyEntities", "/keyEntities", null),
                list(b.successCriteria(), "/successCriteria", "/successCriteria", null),
                section(b.apiContract(), "apiContract", ApiContractSection::statements, ApiContractSection::new),
                section(b.configurationImpact(), "configurationImpact", ImpactSection::statements, ImpactSection::new),
                section(b.securityImpact(), "securityImpact", ImpactSection::statements, ImpactSection::new),
                section(
                        b.observability(),
                        "observability",
                        ObservabilitySection::statements,
                        ObservabilitySection::new),
                list(b.assumptions(), "/assumptions", "/assumptions", null),
                list(b.clarifications(), "/clarifications", "/clarifications", this::session),
                list(b.extraSections(), "/extraSections", "/extraSections", null),
                // how headings were written is no change a diff reports: the spec keeps its own
                b.presentation());
        for (Change c : changes) {
            if (!used.contains(c)) {
                throw new IllegalArgumentException(
                        "the change does not fit the spec: " + c.summary() + " at " + c.pointer());
            }
        }
        return result;
    }

    /** A value that is not a list element. */
    private Optional<String> scalar(String pointer, Optional<String> old) {
        Change c = byAfter.containsKey(pointer) ? byAfter.get(pointer) : byBefore.get(pointer);
        if (c == null) {
            return old;
        }
        if (c.kind() != ChangeKind.ADDED && old.isEmpty()) {
            throw new IllegalArgumentException("nothing to " + c.kind().label() + " at " + pointer);
        }
        used.add(c);
        return c.newValue().map(String.class::cast);
    }

    private Metadata metadata(Metadata m) {
        Map<String, String> other = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : m.other().entrySet()) {
            scalar("/metadata/other/" + Texts.pointerSegment(e.getKey()), Optional.of(e.getValue()))
                    .ifPresent(v -> other.put(e.getKey(), v));
        }
        for (Change c : changes) {
            if (c.element() == ElementType.METADATA
                    && c.kind() == ChangeKind.ADDED
                    && c.pointer().startsWith("/metadata/other/")) {
                other.put(Texts.unescapeSegment(c.pointer().substring("/metadata/other/".length())), (String)
                        c.newValue().orElseThrow());
                used.add(c);
            }
        }
        return new Metadata(
                scalar("/metadata/featureBranch", m.featureBranch()),
                scalar("/metadata/created", m.created()),
                scalar("/metadata/status", m.status()),
                scalar("/metadata/input", m.input()),
                other);
    }

    private <S> Optional<S> section(
            Optional<S> old, String key, Function<S, List<Statement>> statements, Function<List<Statement>, S> make) {
        String pointer = "/" + key;
        Change c = byAfter.containsKey(pointer) ? byAfter.get(pointer) : byBefore.get(pointer);
        if (c != null) {
            used.add(c);
            @SuppressWarnings("unchecked")
            Optional<S> value = (Optional<S>) c.newValue();
            return value;
        }
        if (old.isEmpty()) {
            return old;
        }
        List<Statement> list = statements.apply(old.get());
        List<Statement> patched = list(list, pointer + "/statements", pointer + "/statements", this::statement);
        return patched == list ? old : Optional.of(make.apply(patched));
    }

    /** A patcher of an untouched element's children, given the element's old and new pointers. */
    private interface Children<T> {
        T patch(T element, String beforePointer, String afterPointer);
    }

    private UserStory story(UserStory s, String bp, String ap) {
        var scenarios = list(s.acceptanceScenarios(), bp + "/acceptanceScenarios", ap + "/acceptanceScenarios", null);
        return scenarios == s.acceptanceScenarios()
                ? s
                : s.toBuilder().acceptanceScenarios(scenarios).build();
    }

    private ClarificationSession session(ClarificationSession s, String bp, String ap) {
        var entries = list(s.entries(), bp + "/entries", ap + "/entries", null);
        return entries == s.entries() ? s : new ClarificationSession(s.date(), s.topic(), entries);
    }

    private Statement statement(Statement s, String bp, String ap) {
        var children = list(s.children(), bp + "/children", ap + "/children", this::statement);
        return children == s.children() ? s : new Statement(s.text(), children);
    }

    /**
     * The new list for the old list {@code old} at {@code beforeBase} (at {@code afterBase} in the new
     * spec); the same instance when no change touches it.
     */
    private <T> List<T> list(List<T> old, String beforeBase, String afterBase, Children<T> children) {
        if (!touched(beforeBase) && !touched(afterBase)) {
            return old;
        }
        List<T> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (true) {
            String afterPointer = afterBase + "/" + j;
            Change c = byAfter.get(afterPointer);
            if (c != null) {
                c.before().ifPresent(p -> checkInside(p, beforeBase, old.size(), c));
                out.add(cast(c.newValue().orElseThrow()));
                use(c);
                j++;
                continue;
            }
            Change gone;
            while (i < old.size() && (gone = byBefore.get(beforeBase + "/" + i)) != null) {
                if (gone.kind() == ChangeKind.REMOVED) {
                    use(gone);
                }
                i++;
            }
            if (i >= old.size()) {
                return out;
            }
            T element = old.get(i);
            out.add(children == null ? element : children.patch(element, beforeBase + "/" + i, afterPointer));
            i++;
            j++;
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    /** True when some change is at or below {@code base}. */
    private boolean touched(String base) {
        String from = base + "/";
        String to = base + "0"; // '0' follows '/': every pointer below base sorts before it
        return !byBefore.subMap(from, to).isEmpty() || !byAfter.subMap(from, to).isEmpty();
    }

    /** Marks {@code c} used, with every change below the element it replaces or removes. */
    private void use(Change c) {
        used.add(c);
        c.before().ifPresent(p -> used.addAll(byBefore.subMap(p + "/", p + "0").values()));
        c.after().ifPresent(p -> used.addAll(byAfter.subMap(p + "/", p + "0").values()));
    }

    private static void checkInside(String pointer, String base, int size, Change c) {
        int slash = pointer.lastIndexOf('/');
        boolean inside = pointer.substring(0, slash).equals(base);
        if (inside) {
            try {
                int index = Integer.parseInt(pointer.substring(slash + 1));
                inside = index >= 0 && index < size;
            } catch (NumberFormatException e) {
                inside = false;
            }
        }
        if (!inside) {
            throw new IllegalArgumentException(
                    "the change does not fit the spec: " + c.summary() + " comes from " + pointer);
        }
    }
}
