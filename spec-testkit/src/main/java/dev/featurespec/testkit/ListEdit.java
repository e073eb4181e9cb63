package dev.featurespec.testkit;

import dev.featurespec.testkit.SpecEdits.Edit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The edits planned for one list of a spec, and the list they give: which old elements go, which get a
 * new value, at most one that moves, and new ones inserted. Computes where every old element ends up,
 * so the edits can be recorded with the pointers a diff reports. Not thread-safe.
 *
 * @param <T> the element type
 */
final class ListEdit<T> {
    private final List<T> before;
    private final String beforeBase;
    private final String afterBase;
    private final String element;
    private final Set<Integer> removed = new LinkedHashSet<>();
    private final Map<Integer, T> replaced = new HashMap<>();
    private final Map<Integer, Set<String>> expected = new HashMap<>();
    private final Set<Integer> renumbered = new LinkedHashSet<>();
    private final List<T> inserted = new ArrayList<>();
    private final List<Set<String>> insertedExpected = new ArrayList<>();
    private final List<Integer> insertedAt = new ArrayList<>();
    private int moved = -1;
    private int movedTo = -1;
    private int[] afterIndex;
    private List<Integer> slots;

    ListEdit(List<T> before, String beforeBase, String afterBase, String element) {
        this.before = before;
        this.beforeBase = beforeBase;
        this.afterBase = afterBase;
        this.element = element;
    }

    int size() {
        return before.size();
    }

    T get(int i) {
        return before.get(i);
    }

    /** True when old element {@code i} is still untouched (not removed, replaced or moved). */
    boolean untouched(int i) {
        return !removed.contains(i) && !replaced.containsKey(i) && moved != i;
    }

    void remove(int i, String... significance) {
        removed.add(i);
        expected.put(i, Set.of(significance));
    }

    void replace(int i, T value, String... significance) {
        replaced.put(i, value);
        Set<String> s = new LinkedHashSet<>(expected.getOrDefault(i, Set.of()));
        s.addAll(List.of(significance));
        expected.put(i, s);
    }

    /** Replaces old element {@code i} by {@code value}, a renumbered copy: a move in the diff's terms. */
    void renumber(int i, T value) {
        replace(i, value);
        renumbered.add(i);
    }

    /**
     * Moves old element {@code i} at least two places among the elements that stay, when there are
     * enough of them (a swap of neighbours has two equally good readings, so it is never made).
     */
    boolean move(int i, SplittableRandom random) {
        if (moved >= 0 || removed.contains(i)) {
            return false;
        }
        List<Integer> stay = staying();
        int from = stay.indexOf(i);
        List<Integer> targets = new ArrayList<>();
        for (int to = 0; to < stay.size(); to++) {
            if (Math.abs(to - from) >= 2) {
                targets.add(to);
            }
        }
        if (targets.isEmpty()) {
            return false;
        }
        moved = i;
        movedTo = targets.get(random.nextInt(targets.size()));
        return true;
    }

    /** Moves one element that {@code ok} allows, with the chance {@code fresh} gives, when there are three or more. */
    void moveOne(boolean[] ok, Fresh fresh) {
        if (size() >= 3 && fresh.chance()) {
            int i = fresh.random().nextInt(size());
            if (ok[i] && untouched(i)) {
                move(i, fresh.random());
            }
        }
    }

    /** Inserts {@code value} at a random place of the new list. */
    void insert(T value, SplittableRandom random, String... significance) {
        inserted.add(value);
        insertedExpected.add(Set.of(significance));
        insertedAt.add(random.nextInt(1 << 20));
    }

    /** Inserts {@code value} so that it follows the staying old element {@code i}, or comes first when i is -1. */
    void insertAfter(int i, T value, String... significance) {
        if (removed.contains(i)) {
            throw new IllegalStateException("element " + i + " is removed");
        }
        inserted.add(value);
        insertedExpected.add(Set.of(significance));
        insertedAt.add(-2 - i);
    }

    /** Inserts {@code value} at the end of the new list (after earlier insertions at the end). */
    void append(T value, String... significance) {
        inserted.add(value);
        insertedExpected.add(Set.of(significance));
        insertedAt.add(Integer.MIN_VALUE);
    }

    private List<Integer> staying() {
        List<Integer> stay = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!removed.contains(i)) {
                stay.add(i);
            }
        }
        return stay;
    }

    /** The new list; records where each old element went. */
    List<T> result() {
        List<Integer> order = staying();
        if (moved >= 0) {
            order.remove(Integer.valueOf(moved));
            order.add(movedTo, moved);
        }
        // -1 - k stands for inserted element k
        List<Integer> slots = new ArrayList<>(order);
        for (int k = 0; k < inserted.size(); k++) {
            int at = insertedAt.get(k);
            int position;
            if (at == Integer.MIN_VALUE) {
                position = slots.size();
            } else if (at >= 0) {
                position = at % (slots.size() + 1);
            } else {
                int after = -2 - at;
                position = after < 0 ? 0 : slots.indexOf(after) + 1;
            }
            slots.add(position, -1 - k);
        }
        afterIndex = new int[before.size()];
        Arrays.fill(afterIndex, -1);
        List<T> out = new ArrayList<>();
        for (int slot : slots) {
            if (slot >= 0) {
                afterIndex[slot] = out.size();
                out.add(replaced.getOrDefault(slot, before.get(slot)));
            } else {
                out.add(inserted.get(-1 - slot));
            }
        }
        this.slots = slots;
        return out;
    }

    /** Where old element {@code i} is in the new list, or -1 when it was removed; after {@link #result()}. */
    int afterIndex(int i) {
        return afterIndex[i];
    }

    String beforePointer(int i) {
        return beforeBase + "/" + i;
    }

    String afterPointer(int j) {
        return afterBase + "/" + j;
    }

    /** The edits made, in the diff's terms; after {@link #result()}. */
    void edits(List<Edit> out) {
        for (int i : removed) {
            out.add(new Edit("removed", element, Optional.of(beforePointer(i)), Optional.empty(), expected.get(i)));
        }
        for (int j = 0; j < slots.size(); j++) {
            int slot = slots.get(j);
            if (slot < 0) {
                out.add(new Edit(
                        "added",
                        element,
                        Optional.empty(),
                        Optional.of(afterPointer(j)),
                        insertedExpected.get(-1 - slot)));
            } else if (slot == moved || renumbered.contains(slot) || replaced.containsKey(slot)) {
                String kind = slot == moved || renumbered.contains(slot) ? "moved" : "changed";
                out.add(new Edit(
                        kind,
                        element,
                        Optional.of(beforePointer(slot)),
                        Optional.of(afterPointer(j)),
                        expected.getOrDefault(slot, Set.of())));
            }
        }
    }
}
