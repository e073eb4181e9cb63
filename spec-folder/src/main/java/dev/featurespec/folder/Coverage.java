package dev.featurespec.folder;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How one user story, requirement or success criterion is traced: the tasks and checklist items that
 * cite it, and what that makes it, as OpenFastTrace reports items.
 *
 * @param id {@code US2}, {@code FR-003}, {@code SC-001}, as the spec declares it (or as first cited, for an
 *     orphan)
 * @param kind what the id names
 * @param text the story's title or the requirement's text, when the spec declares it
 * @param tasks the tasks citing it: their ids, or {@code tasks.md:LINE} for a task without one
 * @param checklistItems the checklist items citing it: their ids, or {@code checklists/NAME.md:LINE}
 * @param status covered, uncovered or orphaned
 */
public record Coverage(
        String id, Kind kind, Optional<String> text, List<String> tasks, List<String> checklistItems, Status status) {

    /** What a coverage entry is about. */
    public enum Kind {
        /** A user story, {@code US2}. */
        STORY,
        /** A functional requirement, {@code FR-003}. */
        REQUIREMENT,
        /** A success criterion, {@code SC-001}. */
        CRITERION;

        /** The lower-case name used in JSON: {@code story}, {@code requirement}, {@code criterion}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether the spec declares the id and whether a task cites it. */
    public enum Status {
        /** Declared by the spec and cited by at least one task (for a story: or the story has a phase). */
        COVERED,
        /** Declared by the spec, cited by no task. */
        UNCOVERED,
        /** Cited by a task or checklist item but not declared by the spec. */
        ORPHANED;

        /** The lower-case name used in JSON: {@code covered}, {@code uncovered}, {@code orphaned}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Coverage {
        Objects.requireNonNull(id, "Coverage.id must not be null");
        Objects.requireNonNull(kind, "Coverage.kind must not be null");
        text = text == null ? Optional.empty() : text;
        tasks = List.copyOf(tasks);
        checklistItems = List.copyOf(checklistItems);
        Objects.requireNonNull(status, "Coverage.status must not be null");
    }
}
