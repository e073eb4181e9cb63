package dev.featurespec.cli.internal;

import dev.featurespec.diff.Change;
import dev.featurespec.diff.ChangeKind;
import dev.featurespec.diff.Significance;
import dev.featurespec.diff.SpecDiff;
import dev.featurespec.model.diagnostic.SourceMap;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.StringJoiner;

/**
 * One spec compared by {@code featurespec diff}: its two versions' paths (one is empty when the spec was
 * added or deleted), the changes, and each version's source map for line numbers.
 *
 * @param oldPath the old version's path as shown, or empty when the spec is new
 * @param newPath the new version's path as shown, or empty when the spec was deleted
 * @param diff the changes
 * @param oldMap where the old version's elements are
 * @param newMap where the new version's elements are
 */
record ComparedSpec(
        Optional<String> oldPath, Optional<String> newPath, SpecDiff diff, SourceMap oldMap, SourceMap newMap) {

    /** What happened to the spec file as a whole. */
    enum Status {
        MODIFIED,
        ADDED,
        DELETED;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    Status status() {
        return oldPath.isEmpty() ? Status.ADDED : newPath.isEmpty() ? Status.DELETED : Status.MODIFIED;
    }

    /**
     * For a new or deleted spec, what it holds, from its changes: {@code "Pause Downloads" (2 stories, 5
     * requirements, 3 success criteria)}; the significances of its changes follow in brackets.
     */
    String contents() {
        String title = "";
        int stories = 0;
        int requirements = 0;
        int criteria = 0;
        Set<Significance> significance = EnumSet.noneOf(Significance.class);
        for (Change c : diff.changes()) {
            significance.addAll(c.significance());
            switch (c.element()) {
                case TITLE -> title = (String) c.newValue().or(c::oldValue).orElse("");
                case USER_STORY -> stories++;
                case FUNCTIONAL_REQUIREMENT -> requirements++;
                case SUCCESS_CRITERION -> criteria++;
                default -> {}
            }
        }
        StringJoiner counts = new StringJoiner(", ", " (", ")").setEmptyValue("");
        if (stories > 0) {
            counts.add(stories + (stories == 1 ? " story" : " stories"));
        }
        if (requirements > 0) {
            counts.add(ReportFormat.plural(requirements, "requirement"));
        }
        if (criteria > 0) {
            counts.add(criteria + (criteria == 1 ? " success criterion" : " success criteria"));
        }
        StringJoiner meaning = new StringJoiner(", ", " [", "]").setEmptyValue("");
        significance.forEach(x -> meaning.add(x.label()));
        return (title.isEmpty() ? "" : "\"" + title + "\"") + counts + meaning;
    }

    /** The path the spec is known by: the new one, or the old one for a deleted spec. */
    String path() {
        return newPath.or(() -> oldPath).orElseThrow();
    }

    /** The path of the file a change's line is in: the old file for a removal, else the new one. */
    String pathOf(Change c) {
        return c.kind() == ChangeKind.REMOVED ? oldPath.orElseThrow() : newPath.orElseThrow();
    }

    /** The 1-based line where the change is: in the old file for a removal, else in the new file. */
    OptionalInt line(Change c) {
        return c.kind() == ChangeKind.REMOVED ? oldLine(c) : newLine(c);
    }

    OptionalInt oldLine(Change c) {
        return c.before().map(p -> line(oldMap, p)).orElse(OptionalInt.empty());
    }

    OptionalInt newLine(Change c) {
        return c.after().map(p -> line(newMap, p)).orElse(OptionalInt.empty());
    }

    private static OptionalInt line(SourceMap map, String pointer) {
        return map.find(pointer).map(r -> OptionalInt.of(r.start().line())).orElse(OptionalInt.empty());
    }
}
