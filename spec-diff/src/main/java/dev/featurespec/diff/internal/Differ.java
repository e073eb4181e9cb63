package dev.featurespec.diff.internal;

import dev.featurespec.diff.Change;
import dev.featurespec.diff.ChangeKind;
import dev.featurespec.diff.ElementType;
import dev.featurespec.diff.FieldChange;
import dev.featurespec.diff.Significance;
import dev.featurespec.model.ApiContractSection;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.ImpactSection;
import dev.featurespec.model.Metadata;
import dev.featurespec.model.ObservabilitySection;
import dev.featurespec.model.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One diff of two specs: walks both models in document order (the order of the JSON tree) and collects
 * the changes. Used once, by one thread. Not API.
 */
public final class Differ {
    private final double threshold;
    private final int maxComparisons;
    private final Tokens tokens = new Tokens();
    private final List<Change> out = new ArrayList<>();
    private Meanings meanings;

    /**
     * @param threshold the similarity threshold of {@link Matcher}
     * @param maxComparisons the similarity comparisons one list may make
     */
    public Differ(double threshold, int maxComparisons) {
        this.threshold = threshold;
        this.maxComparisons = maxComparisons;
    }

    /** The changes from {@code before} to {@code after}, in document order. */
    public List<Change> diff(FeatureSpec before, FeatureSpec after) {
        meanings = new Meanings(after);
        // an empty title is no title (a document without one): a title appearing is an addition
        scalar(ElementType.TITLE, "/title", title(before), title(after), null);
        scalar(ElementType.LANGUAGE, "/language", before.language(), after.language(), null);
        scalar(ElementType.FRONT_MATTER, "/frontMatter", before.frontMatter(), after.frontMatter(), null);
        metadata(before.metadata(), after.metadata());
        list(Kinds.STORIES, before.userStories(), after.userStories(), "/userStories", "/userStories");
        list(Kinds.EDGE_CASES, before.edgeCases(), after.edgeCases(), "/edgeCases", "/edgeCases");
        list(
                Kinds.REQUIREMENTS,
                before.functionalRequirements(),
                after.functionalRequirements(),
                "/functionalRequirements",
                "/functionalRequirements");
        list(Kinds.ENTITIES, before.keyEntities(), after.keyEntities(), "/keyEntities", "/keyEntities");
        list(Kinds.CRITERIA, before.successCriteria(), after.successCriteria(), "/successCriteria", "/successCriteria");
        section("apiContract", before.apiContract(), after.apiContract(), ApiContractSection::statements);
        section(
                "configurationImpact",
                before.configurationImpact(),
                after.configurationImpact(),
                ImpactSection::statements);
        section("securityImpact", before.securityImpact(), after.securityImpact(), ImpactSection::statements);
        section("observability", before.observability(), after.observability(), ObservabilitySection::statements);
        list(Kinds.ASSUMPTIONS, before.assumptions(), after.assumptions(), "/assumptions", "/assumptions");
        list(Kinds.SESSIONS, before.clarifications(), after.clarifications(), "/clarifications", "/clarifications");
        list(Kinds.EXTRAS, before.extraSections(), after.extraSections(), "/extraSections", "/extraSections");
        return out;
    }

    private static Optional<String> title(FeatureSpec spec) {
        return spec.title().isEmpty() ? Optional.empty() : Optional.of(spec.title());
    }

    /** A value that is not a list element: the title, the language, the front matter, a metadata line. */
    private void scalar(ElementType type, String pointer, Optional<String> before, Optional<String> after, String id) {
        if (Texts.same(before, after)) {
            return;
        }
        ChangeKind kind =
                before.isEmpty() ? ChangeKind.ADDED : after.isEmpty() ? ChangeKind.REMOVED : ChangeKind.CHANGED;
        List<FieldChange> fields =
                kind == ChangeKind.CHANGED ? List.of(FieldChange.of("", before.get(), after.get())) : List.of();
        int markersBefore = Texts.markers(before);
        int markersAfter = Texts.markers(after);
        Set<Significance> significance = meanings.generic(kind, markersBefore, markersAfter, fields, Set.of());
        out.add(new Change(
                kind,
                type,
                before.map(x -> pointer),
                after.map(x -> pointer),
                Optional.ofNullable(id),
                fields,
                before.map(x -> x),
                after.map(x -> x),
                significance));
    }

    private void metadata(Metadata before, Metadata after) {
        if (before.equals(after)) {
            return;
        }
        scalar(
                ElementType.METADATA,
                "/metadata/featureBranch",
                before.featureBranch(),
                after.featureBranch(),
                "featureBranch");
        scalar(ElementType.METADATA, "/metadata/created", before.created(), after.created(), "created");
        scalar(ElementType.METADATA, "/metadata/status", before.status(), after.status(), "status");
        scalar(ElementType.METADATA, "/metadata/input", before.input(), after.input(), "input");
        for (Map.Entry<String, String> e : before.other().entrySet()) {
            String key = e.getKey();
            scalar(
                    ElementType.METADATA,
                    "/metadata/other/" + Texts.pointerSegment(key),
                    Optional.of(e.getValue()),
                    Optional.ofNullable(after.other().get(key)),
                    key);
        }
        for (Map.Entry<String, String> e : after.other().entrySet()) {
            String key = e.getKey();
            if (!before.other().containsKey(key)) {
                scalar(
                        ElementType.METADATA,
                        "/metadata/other/" + Texts.pointerSegment(key),
                        Optional.empty(),
                        Optional.of(e.getValue()),
                        key);
            }
        }
    }

    /** One of the four extended sections: appeared, disappeared, or its statements compared. */
    private <S> void section(
            String key, Optional<S> before, Optional<S> after, Function<S, List<Statement>> statements) {
        String pointer = "/" + key;
        if (before.isPresent() && after.isPresent()) {
            list(
                    Kinds.STATEMENTS,
                    statements.apply(before.get()),
                    statements.apply(after.get()),
                    pointer + "/statements",
                    pointer + "/statements");
        } else if (before.isPresent() || after.isPresent()) {
            ChangeKind kind = before.isEmpty() ? ChangeKind.ADDED : ChangeKind.REMOVED;
            S value = before.isPresent() ? before.get() : after.get();
            int markers = 0;
            for (Statement s : statements.apply(value)) {
                markers += Texts.markers(s.text());
            }
            Set<Significance> significance = meanings.section(kind, value);
            significance = meanings.generic(
                    kind,
                    kind == ChangeKind.ADDED ? 0 : markers,
                    kind == ChangeKind.ADDED ? markers : 0,
                    List.of(),
                    significance);
            out.add(new Change(
                    kind,
                    ElementType.SECTION,
                    before.map(x -> pointer),
                    after.map(x -> pointer),
                    Optional.of(key),
                    List.of(),
                    before.map(x -> x),
                    after.map(x -> x),
                    significance));
        }
    }

    /**
     * Compares two lists of elements of one kind, whose pointers are {@code beforeBase/i} and {@code
     * afterBase/j}, and adds the changes: in the new list's order, each removed element right after the
     * new place of the element that preceded it, each element's children right after it.
     */
    <T> void list(Kind<T> kind, List<T> before, List<T> after, String beforeBase, String afterBase) {
        if (before.equals(after)) {
            return;
        }
        int[] pairs = kind.matcher.pair(before, after, threshold, maxComparisons, tokens);
        boolean[] reordered = Matcher.reordered(pairs);
        int[] fromBefore = new int[after.size()];
        Arrays.fill(fromBefore, -1);
        // removedAfter[j + 1]: the removed elements that followed the one now at j (index 0: at the start)
        List<List<Integer>> removedAfter = new ArrayList<>(after.size() + 1);
        for (int j = 0; j <= after.size(); j++) {
            removedAfter.add(null);
        }
        int anchor = -1;
        for (int i = 0; i < before.size(); i++) {
            if (pairs[i] >= 0) {
                fromBefore[pairs[i]] = i;
                anchor = pairs[i];
            } else {
                if (removedAfter.get(anchor + 1) == null) {
                    removedAfter.set(anchor + 1, new ArrayList<>());
                }
                removedAfter.get(anchor + 1).add(i);
            }
        }
        removed(kind, before, beforeBase, removedAfter.get(0));
        for (int j = 0; j < after.size(); j++) {
            int i = fromBefore[j];
            String afterPointer = afterBase + "/" + j;
            if (i < 0) {
                T value = after.get(j);
                Set<Significance> significance =
                        meanings.of(kind, ChangeKind.ADDED, null, value, List.of(), afterPointer);
                out.add(new Change(
                        ChangeKind.ADDED,
                        kind.type,
                        Optional.empty(),
                        Optional.of(afterPointer),
                        kind.id(value),
                        List.of(),
                        Optional.empty(),
                        Optional.of(value),
                        significance));
            } else {
                paired(kind, before.get(i), after.get(j), beforeBase + "/" + i, afterPointer, reordered[i]);
            }
            removed(kind, before, beforeBase, removedAfter.get(j + 1));
        }
    }

    private <T> void removed(Kind<T> kind, List<T> before, String beforeBase, List<Integer> indices) {
        if (indices == null) {
            return;
        }
        for (int i : indices) {
            T value = before.get(i);
            String pointer = beforeBase + "/" + i;
            Set<Significance> significance = meanings.of(kind, ChangeKind.REMOVED, value, null, List.of(), pointer);
            out.add(new Change(
                    ChangeKind.REMOVED,
                    kind.type,
                    Optional.of(pointer),
                    Optional.empty(),
                    kind.id(value),
                    List.of(),
                    Optional.of(value),
                    Optional.empty(),
                    significance));
        }
    }

    private <T> void paired(
            Kind<T> kind, T before, T after, String beforePointer, String afterPointer, boolean reordered) {
        if (!reordered && before.equals(after)) {
            return;
        }
        List<FieldChange> fields = new ArrayList<>();
        kind.fields(before, after, fields);
        boolean moved = reordered || kind.renumbered(before, after);
        if (moved || !fields.isEmpty()) {
            ChangeKind changeKind = moved ? ChangeKind.MOVED : ChangeKind.CHANGED;
            Set<Significance> significance = meanings.of(kind, changeKind, before, after, fields, afterPointer);
            out.add(new Change(
                    changeKind,
                    kind.type,
                    Optional.of(beforePointer),
                    Optional.of(afterPointer),
                    kind.id(after),
                    fields,
                    Optional.of(before),
                    Optional.of(after),
                    significance));
        }
        kind.children(this, before, after, beforePointer, afterPointer);
    }
}
