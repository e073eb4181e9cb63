package dev.featurespec.writer.internal.faithful;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Keeps an ordered list numbered the way its author numbered it once elements are added or removed: where
 * the base numbered its items one after another ({@code 1.}, {@code 2.}, {@code 3.}), the items after an
 * edit take the numbers that follow on, and only the marker lines whose number changes are rewritten. A
 * list numbered otherwise ({@code 1.} on every item) is left as it is.
 */
final class Renumbering {
    private Renumbering() {}

    /**
     * Renumbers, in {@code patches} (the patches of one list, in the order of {@code steps}) and with new
     * patches where no patch touches a line, the items of the base list {@code kind} names whose number
     * changes; {@code added[s]} is the index in {@code patches} of step {@code s}'s insertion, or -1.
     */
    static void apply(
            Source source,
            int size,
            ElementKind<?> kind,
            List<Alignment.Step> steps,
            int[] added,
            List<Patch> patches) {
        int[] numbers = new int[size];
        int[] lines = new int[size];
        boolean any = false;
        for (int i = 0; i < size; i++) {
            lines[i] = source.first(kind.pointer(i));
            numbers[i] = number(source.lines().line(lines[i]));
            any |= numbers[i] >= 0;
        }
        if (!any) {
            return;
        }
        // runs of items numbered one after another, each run its own count
        int[] runStart = new int[size];
        for (int i = 0; i < size; i++) {
            runStart[i] = i > 0
                            && numbers[i] >= 0
                            && numbers[i - 1] >= 0
                            && numbers[i] == numbers[i - 1] + 1
                            && sameList(
                                    source.lines().line(lines[i]),
                                    source.lines().line(lines[i - 1]))
                    ? runStart[i - 1]
                    : i;
        }
        int run = -1;
        int next = 0;
        for (int s = 0; s < steps.size(); s++) {
            Alignment.Step step = steps.get(s);
            if (step.kind() == Alignment.Kind.ADDED) {
                if (run < 0) {
                    // before the first item of a run: it takes the run's first number
                    int following = following(steps, s);
                    if (following < 0 || numbers[following] < 0) {
                        continue;
                    }
                    run = runStart[following];
                    next = numbers[run];
                }
                if (added[s] >= 0 && renumberInsertion(patches, added[s], next)) {
                    next++;
                }
                continue;
            }
            int i = step.before();
            if (numbers[i] < 0) {
                run = -1;
                continue;
            }
            if (runStart[i] != run) {
                run = runStart[i];
                next = numbers[run];
            }
            if (step.kind() == Alignment.Kind.REMOVED) {
                continue;
            }
            if (numbers[i] != next) {
                renumberLine(source, patches, lines[i], next);
            }
            next++;
        }
    }

    /** The base index of the first step after {@code s} that is not an addition, or -1. */
    private static int following(List<Alignment.Step> steps, int s) {
        for (int n = s + 1; n < steps.size(); n++) {
            if (steps.get(n).kind() != Alignment.Kind.ADDED) {
                return steps.get(n).before();
            }
        }
        return -1;
    }

    /** Gives the first item line of insertion {@code patches[index]} number {@code n}; false when it has none. */
    private static boolean renumberInsertion(List<Patch> patches, int index, int n) {
        Patch p = patches.get(index);
        List<String> lines = new ArrayList<>(p.lines());
        for (int k = 0; k < lines.size(); k++) {
            if (!lines.get(k).isBlank()) {
                if (number(lines.get(k)) < 0) {
                    return false;
                }
                lines.set(k, renumbered(lines.get(k), n));
                patches.set(index, new Patch(p.from(), p.to(), lines));
                return true;
            }
        }
        return false;
    }

    /** Gives base line {@code line} number {@code n}: in the patch that rewrites it, or in a patch of its own. */
    private static void renumberLine(Source source, List<Patch> patches, int line, int n) {
        for (int k = 0; k < patches.size(); k++) {
            Patch p = patches.get(k);
            if (p.from() <= line && line < p.to()) {
                // a patch rewriting the line: its line for it is the first of a changed item's own patch, or the
                // last of a removal that renumbered the item after it already
                int at = p.from() == line ? 0 : p.to() == line + 1 ? p.lines().size() - 1 : -1;
                if (at >= 0 && at < p.lines().size() && number(p.lines().get(at)) >= 0) {
                    List<String> lines = new ArrayList<>(p.lines());
                    lines.set(at, renumbered(lines.get(at), n));
                    patches.set(k, new Patch(p.from(), p.to(), lines));
                }
                return;
            }
        }
        patches.add(new Patch(line, line + 1, List.of(renumbered(source.lines().line(line), n))));
    }

    /** The number of ordered item {@code line}, or -1 when it is none. */
    private static int number(String line) {
        Matcher m = Source.marker(line);
        if (m == null || !Character.isDigit(m.group(2).charAt(0))) {
            return -1;
        }
        return Integer.parseInt(m.group(2).substring(0, m.group(2).length() - 1));
    }

    /** True when ordered items {@code a} and {@code b} have the same indent and delimiter. */
    private static boolean sameList(String a, String b) {
        Matcher ma = Source.marker(a);
        Matcher mb = Source.marker(b);
        return ma.group(1).equals(mb.group(1))
                && ma.group(2).charAt(ma.group(2).length() - 1)
                        == mb.group(2).charAt(mb.group(2).length() - 1);
    }

    /** {@code line}, an ordered item, numbered {@code n}. */
    private static String renumbered(String line, int n) {
        Matcher m = Source.marker(line);
        String marker = m.group(2);
        return line.substring(0, m.start(2)) + n + marker.charAt(marker.length() - 1) + line.substring(m.end(2));
    }
}
