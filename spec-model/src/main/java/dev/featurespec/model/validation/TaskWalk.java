package dev.featurespec.model.validation;

import dev.featurespec.model.tasks.Phase;
import dev.featurespec.model.tasks.Task;
import dev.featurespec.model.tasks.TaskGroup;
import dev.featurespec.model.tasks.TaskList;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tasks of a task list in document order, each with its phase and its path for {@link Violations},
 * and the order of task ids. Not API.
 */
final class TaskWalk {
    private static final Pattern ID = Pattern.compile("T(\\d{1,9})([a-z]|\\.\\d{1,9}|-\\d{1,9})?");

    private TaskWalk() {}

    /** A task, the index of its phase, and its path ({@code phases[1].groups[0].tasks[2]}). */
    record Placed(Task task, int phase, List<Object> path) {
        List<Object> idPath() {
            List<Object> p = new ArrayList<>(path);
            p.add("id");
            return p;
        }
    }

    static List<Placed> tasks(TaskList list) {
        List<Placed> out = new ArrayList<>();
        for (int p = 0; p < list.phases().size(); p++) {
            Phase phase = list.phases().get(p);
            for (int t = 0; t < phase.tasks().size(); t++) {
                out.add(new Placed(phase.tasks().get(t), p, List.of("phases", p, "tasks", t)));
            }
            for (int g = 0; g < phase.groups().size(); g++) {
                TaskGroup group = phase.groups().get(g);
                for (int t = 0; t < group.tasks().size(); t++) {
                    out.add(new Placed(group.tasks().get(t), p, List.of("phases", p, "groups", g, "tasks", t)));
                }
            }
        }
        return out;
    }

    /** How a phase is named in messages: its heading, quoted, or "before the first section". */
    static String where(TaskList list, int phase) {
        return list.phases()
                .get(phase)
                .heading()
                .map(h -> "under " + Violations.quote(h))
                .orElse("before the first section");
    }

    /**
     * The sort key of a task id ({@code T012} → 12·2¹⁶, {@code T012a} → one more, {@code T012.2} two
     * more); -1 for an id that is not of the {@code T} + digits form.
     */
    static long key(String id) {
        Matcher m = ID.matcher(id);
        if (!m.matches()) {
            return -1;
        }
        long number = Long.parseLong(m.group(1));
        String suffix = m.group(2);
        long rank = 0;
        if (suffix != null) {
            rank = Character.isLetter(suffix.charAt(0))
                    ? suffix.charAt(0) - 'a' + 1
                    : Math.min(0xFFFF, Long.parseLong(suffix.substring(1)) + 1);
        }
        return (number << 16) + rank;
    }
}
