package dev.featurespec.writer.internal.faithful;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Patches one list of the spec (requirements, criteria, stories, entries of a session, …) element by
 * element, following the {@link Alignment} of the base list and the edited one: a kept element is left
 * alone, a changed one is patched in place, a removed one takes its own lines with it, and a new one is
 * rendered like its siblings and inserted after the element before it (before the one after it when it
 * comes first); an ordered list numbered one after another is then renumbered (see {@link Renumbering}).
 * A list that was empty has nowhere to put a new element: {@link Unplaceable}.
 */
final class ListPatcher {
    private ListPatcher() {}

    static <T> void patch(Source source, List<T> base, List<T> edited, ElementKind<T> kind, List<Patch> out) {
        if (base.equals(edited)) {
            return;
        }
        if (base.isEmpty()) {
            throw new Unplaceable("a new list at " + kind.pointer(0));
        }
        boolean loose = kind.block() || loose(source, base.size(), kind);
        List<Alignment.Step> steps = Alignment.of(base, edited, kind::key);
        if (moves(steps, base, edited)) {
            // an element taken out in one place and put back in another: the order is the edit
            throw new Unplaceable("an element moved at " + kind.pointer(0));
        }
        List<Patch> own = new ArrayList<>();
        int[] added = new int[steps.size()];
        for (int s = 0; s < steps.size(); s++) {
            Alignment.Step step = steps.get(s);
            added[s] = -1;
            switch (step.kind()) {
                case KEPT -> {}
                case REMOVED -> {
                    kind.checkRemovable(kind.pointer(step.before()));
                    own.add(source.remove(kind.pointer(step.before())));
                }
                case CHANGED ->
                    own.addAll(kind.changed(
                            base.get(step.before()),
                            edited.get(step.after()),
                            kind.pointer(step.before()),
                            step.after()));
                case ADDED -> {
                    added[s] = own.size();
                    own.add(insertion(source, steps, s, base, edited, kind, loose));
                }
            }
        }
        if (kind.renumbered()) {
            Renumbering.apply(source, base.size(), kind, steps, added, own);
        }
        out.addAll(own);
    }

    private static <T> Patch insertion(
            Source source,
            List<Alignment.Step> steps,
            int s,
            List<T> base,
            List<T> edited,
            ElementKind<T> kind,
            boolean loose) {
        T element = edited.get(steps.get(s).after());
        // beside a kept or changed element only: a removed one's lines are gone
        for (int p = s - 1; p >= 0; p--) {
            int before = steps.get(p).kind() == Alignment.Kind.REMOVED
                    ? -1
                    : steps.get(p).before();
            if (before >= 0) {
                if (!kind.fits(element, base.get(before))) {
                    throw new Unplaceable("a new element that does not fit after " + kind.pointer(before));
                }
                String sibling = kind.pointer(before);
                List<String> lines = new ArrayList<>();
                if (loose) {
                    lines.add("");
                }
                lines.addAll(kind.render(element, steps.get(s).after(), sibling, true));
                return Patch.insert(source.last(sibling) + 1, lines);
            }
        }
        for (int n = s + 1; n < steps.size(); n++) {
            int before = steps.get(n).kind() == Alignment.Kind.REMOVED
                    ? -1
                    : steps.get(n).before();
            if (before >= 0) {
                if (!kind.fits(element, base.get(before))) {
                    throw new Unplaceable("a new element that does not fit before " + kind.pointer(before));
                }
                String sibling = kind.pointer(before);
                List<String> lines =
                        new ArrayList<>(kind.render(element, steps.get(s).after(), sibling, false));
                if (loose) {
                    lines.add("");
                }
                return Patch.insert(source.first(sibling), lines);
            }
        }
        throw new Unplaceable("no sibling for a new element at " + kind.pointer(0));
    }

    private static <T> boolean moves(List<Alignment.Step> steps, List<T> base, List<T> edited) {
        Set<T> removed = new HashSet<>();
        for (Alignment.Step step : steps) {
            if (step.kind() == Alignment.Kind.REMOVED || step.kind() == Alignment.Kind.CHANGED) {
                removed.add(base.get(step.before()));
            }
        }
        for (Alignment.Step step : steps) {
            if ((step.kind() == Alignment.Kind.ADDED || step.kind() == Alignment.Kind.CHANGED)
                    && removed.contains(edited.get(step.after()))) {
                return true;
            }
        }
        return false;
    }

    /** True when the base list's first two elements are set apart by a blank line. */
    private static boolean loose(Source source, int size, ElementKind<?> kind) {
        return size >= 2 && source.lines().blank(source.first(kind.pointer(1)) - 1);
    }
}
