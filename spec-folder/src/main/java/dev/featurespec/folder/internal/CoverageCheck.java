package dev.featurespec.folder.internal;

import dev.featurespec.folder.Coverage;
import dev.featurespec.model.checklist.ChecklistItem;
import dev.featurespec.model.checklist.Reference;
import dev.featurespec.model.diagnostic.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The coverage list, and FS203, FS204 and FS209. Every story, requirement and criterion the spec
 * declares gets an entry with the tasks and checklist items citing it: covered when a task does,
 * uncovered otherwise; every id cited but not declared gets an orphaned entry. Uncovered entries are
 * reported only for a kind of id the tasks cite at all (a task list that tags no story cannot be said to
 * miss one); when tasks name no story, or cite no requirement id, that is said once (FS209). Not API.
 */
public final class CoverageCheck {
    private CoverageCheck() {}

    /** One id being traced: what the spec declares for it, and who cites it. */
    private static final class Entry {
        final String id;
        final Coverage.Kind kind;
        final Optional<SpecIndex.Declared> declared;
        final Set<String> tasks = new LinkedHashSet<>();
        final Set<String> items = new LinkedHashSet<>();

        Entry(String id, Coverage.Kind kind, Optional<SpecIndex.Declared> declared) {
            this.id = id;
            this.kind = kind;
            this.declared = declared;
        }

        Coverage toCoverage() {
            Coverage.Status status = declared.isEmpty()
                    ? Coverage.Status.ORPHANED
                    : tasks.isEmpty() ? Coverage.Status.UNCOVERED : Coverage.Status.COVERED;
            return new Coverage(
                    id,
                    kind,
                    declared.flatMap(SpecIndex.Declared::text),
                    List.copyOf(tasks),
                    List.copyOf(items),
                    status);
        }
    }

    /** Computes the coverage of {@code c}'s folder and reports what is uncovered. */
    public static List<Coverage> run(FolderChecks c) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (SpecIndex.Declared d : c.spec().declared()) {
            entries.put(SpecIndex.keyOf(d.id()), new Entry(d.id(), d.kind(), Optional.of(d)));
        }
        Set<Coverage.Kind> citedKinds = new LinkedHashSet<>();
        c.tasks().ifPresent(tasks -> {
            for (TaskIndex.Traced t : tasks.tasks()) {
                for (String story : t.stories()) {
                    entry(c, entries, story).tasks.add(t.label());
                    citedKinds.add(Coverage.Kind.STORY);
                }
                for (String id : t.requirements()) {
                    Entry e = entry(c, entries, id);
                    e.tasks.add(t.label());
                    citedKinds.add(e.kind);
                }
            }
        });
        for (ItemIndex.Traced i : c.items().items()) {
            for (String id : cited(c, i.item())) {
                entry(c, entries, id).items.add(i.label());
            }
        }
        if (c.hasTasks()) {
            report(c, entries, citedKinds);
        }
        List<Coverage> out = new ArrayList<>();
        entries.values().forEach(e -> out.add(e.toCoverage()));
        return out;
    }

    private static Entry entry(FolderChecks c, Map<String, Entry> entries, String id) {
        return entries.computeIfAbsent(
                SpecIndex.keyOf(id), k -> new Entry(id, c.spec().kindOf(id), Optional.empty()));
    }

    /** The ids a checklist item cites: its {@code §} references to the spec that are ids, and the ids in its text. */
    static Set<String> cited(FolderChecks c, ChecklistItem item) {
        Set<String> ids = new LinkedHashSet<>();
        for (Reference r : item.references()) {
            if (r.toSpec() && c.spec().isId(r.target())) {
                ids.add(r.target());
            }
        }
        ids.addAll(item.requirements());
        return ids;
    }

    private static void report(FolderChecks c, Map<String, Entry> entries, Set<Coverage.Kind> citedKinds) {
        var tasks = c.tasks().get().file();
        boolean declaresStories = false;
        boolean declaresRequirements = false;
        for (Entry e : entries.values()) {
            if (e.declared.isEmpty()) {
                continue;
            }
            declaresStories |= e.kind == Coverage.Kind.STORY;
            declaresRequirements |= e.kind == Coverage.Kind.REQUIREMENT;
            if (!e.tasks.isEmpty() || !citedKinds.contains(e.kind)) {
                continue;
            }
            String pointer = e.declared.get().pointer();
            if (e.kind == Coverage.Kind.STORY) {
                String title =
                        e.declared.get().text().map(t -> " " + Quote.of(t)).orElse("");
                c.findings()
                        .report(
                                c.folder().spec(),
                                Rule.UNCOVERED_STORY,
                                e.id + title + " has no task: none is tagged [" + e.id + "] and no phase is for it",
                                pointer);
            } else {
                c.findings()
                        .report(c.folder().spec(), Rule.UNCOVERED_REQUIREMENT, e.id + " is cited by no task", pointer);
            }
        }
        if (declaresStories && !citedKinds.contains(Coverage.Kind.STORY)) {
            c.findings()
                    .report(
                            tasks,
                            Rule.COVERAGE_NOT_CHECKED,
                            "No task is tagged with a user story ([US1]) and no phase is for one, so story coverage is not checked",
                            "/title");
        }
        if (declaresRequirements && !citedKinds.contains(Coverage.Kind.REQUIREMENT)) {
            String example = entries.values().stream()
                    .filter(e -> e.kind == Coverage.Kind.REQUIREMENT && e.declared.isPresent())
                    .map(e -> e.id)
                    .findFirst()
                    .orElse("FR-001");
            c.findings()
                    .report(
                            tasks,
                            Rule.COVERAGE_NOT_CHECKED,
                            "No task cites a functional requirement id such as " + example
                                    + ", so requirement coverage is not checked",
                            "/title");
        }
    }
}
