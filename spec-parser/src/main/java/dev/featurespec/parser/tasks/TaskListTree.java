package dev.featurespec.parser.tasks;

import dev.featurespec.model.Statement;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.document.Note;
import dev.featurespec.model.tasks.Phase;
import dev.featurespec.model.tasks.Task;
import dev.featurespec.model.tasks.TaskGroup;
import dev.featurespec.model.tasks.TaskList;
import dev.featurespec.parser.internal.folder.FolderJsonReads;
import dev.featurespec.parser.internal.folder.StreamCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shape of a {@link TaskList}'s JSON tree, read with a {@link StreamCursor}: what {@link JsonTasksReader} and
 * {@link YamlTasksReader} share.
 */
final class TaskListTree {
    private TaskListTree() {}

    static TaskList taskList(StreamCursor c) {
        TaskList.Builder b = TaskList.builder("");
        boolean[] titled = {false};
        boolean object = c.object("", "the document", (name, p) -> {
            switch (name) {
                case "formatVersion" -> {
                    var v = c.integer(p, "formatVersion");
                    if (v.isPresent() && v.getAsInt() != TaskList.FORMAT_VERSION) {
                        c.report(
                                Rule.UNSUPPORTED_FORMAT_VERSION,
                                "formatVersion " + v.getAsInt() + " is not supported; this version reads formatVersion "
                                        + TaskList.FORMAT_VERSION,
                                p,
                                null);
                    }
                }
                case "title" ->
                    c.string(p, "title").ifPresent(t -> {
                        b.title(t);
                        titled[0] = true;
                    });
                case "frontMatter" -> c.string(p, "frontMatter").ifPresent(b::frontMatter);
                case "notes" ->
                    c.array(p, "notes", e -> FolderJsonReads.note(c, e)).forEach(b::addNote);
                case "phases" -> c.array(p, "phases", e -> phase(c, e)).forEach(b::addPhase);
                case "extraSections" ->
                    c.array(p, "extraSections", e -> FolderJsonReads.extraSection(c, e))
                            .forEach(b::addExtraSection);
                default -> c.unknown(name, p, "a task list");
            }
        });
        if (object && !titled[0]) {
            c.missing("title", "", "the task list");
        }
        return b.build();
    }

    private static Phase phase(StreamCursor c, String pointer) {
        String[] heading = {null};
        Integer[] level = {null};
        List<String> stories = new ArrayList<>();
        List<String> requirements = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        List<TaskGroup> groups = new ArrayList<>();
        boolean object = c.object(pointer, "a phase", (name, p) -> {
            switch (name) {
                case "heading" -> heading[0] = c.string(p, "heading").orElse(null);
                case "level" -> level[0] = FolderJsonReads.boxed(c.integer(p, "level"));
                case "stories" -> stories.addAll(c.strings(p, "stories"));
                case "requirements" -> requirements.addAll(c.strings(p, "requirements"));
                case "notes" -> notes.addAll(c.array(p, "notes", e -> FolderJsonReads.note(c, e)));
                case "tasks" -> tasks.addAll(c.array(p, "tasks", e -> task(c, e)));
                case "groups" -> groups.addAll(c.array(p, "groups", e -> group(c, e)));
                default -> c.unknown(name, p, "a phase");
            }
        });
        if (!object) {
            return null;
        }
        if (level[0] == null) {
            c.missing("level", pointer, "the phase");
            return null;
        }
        try {
            return new Phase(Optional.ofNullable(heading[0]), level[0], stories, requirements, notes, tasks, groups);
        } catch (IllegalArgumentException e) {
            c.invalid(e.getMessage(), pointer);
            return null;
        }
    }

    private static TaskGroup group(StreamCursor c, String pointer) {
        String[] heading = {null};
        Integer[] level = {null};
        List<String> requirements = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        boolean object = c.object(pointer, "a group", (name, p) -> {
            switch (name) {
                case "heading" -> heading[0] = c.string(p, "heading").orElse(null);
                case "level" -> level[0] = FolderJsonReads.boxed(c.integer(p, "level"));
                case "requirements" -> requirements.addAll(c.strings(p, "requirements"));
                case "notes" -> notes.addAll(c.array(p, "notes", e -> FolderJsonReads.note(c, e)));
                case "tasks" -> tasks.addAll(c.array(p, "tasks", e -> task(c, e)));
                default -> c.unknown(name, p, "a group");
            }
        });
        if (!object) {
            return null;
        }
        if (heading[0] == null || level[0] == null) {
            c.missing(heading[0] == null ? "heading" : "level", pointer, "the group");
            return null;
        }
        try {
            return new TaskGroup(heading[0], level[0], requirements, notes, tasks);
        } catch (IllegalArgumentException e) {
            c.invalid(e.getMessage(), pointer);
            return null;
        }
    }

    private static Task task(StreamCursor c, String pointer) {
        String[] id = {null};
        String[] text = {null};
        String[] details = {null};
        Boolean[] done = {null};
        List<String> requirements = new ArrayList<>();
        List<Statement> subItems = new ArrayList<>();
        boolean object = c.object(pointer, "a task", (name, p) -> {
            switch (name) {
                case "id" -> id[0] = c.string(p, "id").orElse(null);
                case "done" -> done[0] = c.bool(p, "done").orElse(null);
                case "text" -> text[0] = c.string(p, "text").orElse(null);
                case "requirements" -> requirements.addAll(c.strings(p, "requirements"));
                case "details" -> details[0] = c.string(p, "details").orElse(null);
                case "subItems" -> subItems.addAll(FolderJsonReads.statements(c, p));
                case "parallel", "stories", "files" -> c.skip(); // derived from the text
                default -> c.unknown(name, p, "a task");
            }
        });
        if (!object) {
            return null;
        }
        if (text[0] == null || done[0] == null) {
            c.missing(text[0] == null ? "text" : "done", pointer, "the task");
            return null;
        }
        return new Task(
                Optional.ofNullable(id[0]), done[0], text[0], requirements, Optional.ofNullable(details[0]), subItems);
    }
}
