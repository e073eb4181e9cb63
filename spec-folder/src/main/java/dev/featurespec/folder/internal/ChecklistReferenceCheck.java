package dev.featurespec.folder.internal;

import dev.featurespec.model.checklist.Reference;
import dev.featurespec.model.diagnostic.Rule;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * FS206: a checklist item citing what does not exist: {@code [Spec §FR-9]} when the spec declares no
 * FR-9, {@code [Spec §Edge Cases]} when {@code spec.md} has no such heading, {@code [Plan §Data flow]}
 * when {@code plan.md} has none (or there is no plan), or a requirement id in its text the spec does not
 * declare. References to other documents ({@code Research §…}) are not checked. Not API.
 */
public final class ChecklistReferenceCheck {
    private ChecklistReferenceCheck() {}

    public static void run(FolderChecks c) {
        for (ItemIndex.Traced i : c.items().items()) {
            Set<String> reported = new LinkedHashSet<>();
            for (Reference r : i.item().references()) {
                String shown = r.document().map(d -> d + " ").orElse("") + "§" + r.target();
                String problem = null;
                if (r.toSpec()) {
                    if (c.spec().isRange(r.target())) {
                        continue; // SC-001..SC-003: its ids are the item's requirements, checked below
                    }
                    if (c.spec().isId(r.target())) {
                        if (c.spec().find(r.target()).isEmpty()) {
                            problem = ", which the spec does not declare";
                            reported.add(SpecIndex.keyOf(r.target()));
                        }
                    } else if (!c.spec().specHasSection(r.target())) {
                        problem = ", which is neither a heading nor an id of spec.md";
                    }
                } else if (r.toPlan()) {
                    if (!c.spec().hasPlan()) {
                        problem = ", but the folder has no plan.md";
                    } else if (!c.spec().planHasSection(r.target())) {
                        problem = ", which is not a heading of plan.md";
                    }
                }
                if (problem != null) {
                    c.findings()
                            .report(
                                    i.file(),
                                    Rule.UNKNOWN_CHECKLIST_REFERENCE,
                                    i.name() + " cites " + shown + problem,
                                    i.pointer());
                }
            }
            for (String id : i.item().requirements()) {
                if (c.spec().find(id).isEmpty() && reported.add(SpecIndex.keyOf(id))) {
                    c.findings()
                            .report(
                                    i.file(),
                                    Rule.UNKNOWN_CHECKLIST_REFERENCE,
                                    i.name() + " cites " + id + ", which the spec does not declare",
                                    i.pointer());
                }
            }
        }
    }
}
