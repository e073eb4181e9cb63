package dev.featurespec.model.diagnostic;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * Every check featurespec makes, parser structure and Bean Validation constraint alike. Ids ({@code
 * FS105}) and aliases ({@code duplicate-id}) are stable: configuration and suppression comments name
 * them. {@code docs/rules.md} explains each one.
 *
 * <ul>
 *   <li>{@code FS0xx}: document structure, found by the Markdown parser;
 *   <li>{@code FS05x}: input that cannot be read (size, encoding, JSON and YAML errors, unreadable files);
 *   <li>{@code FS1xx}: constraints on the model, checked by Bean Validation;
 *   <li>{@code FS2xx}: how a feature folder's documents fit together (spec, tasks, checklists), found by
 *       its traceability analysis.
 * </ul>
 */
public enum Rule {
    MISSING_TITLE("FS001", "missing-title", Severity.ERROR, "The document has no `#` title."),
    DUPLICATE_TITLE("FS002", "duplicate-title", Severity.ERROR, "The document has more than one `#` title."),
    MISSING_SECTION("FS003", "missing-section", Severity.ERROR, "A section the profile marks mandatory is missing."),
    SECTION_OUT_OF_PLACE(
            "FS004",
            "section-out-of-place",
            Severity.WARNING,
            "A known section stands outside its expected parent or order."),
    DUPLICATE_SECTION("FS005", "duplicate-section", Severity.WARNING, "A known section appears more than once."),
    EMPTY_SECTION("FS006", "empty-section", Severity.WARNING, "A known section has a heading but no content."),
    UNPARSEABLE_METADATA(
            "FS007", "unparseable-metadata", Severity.WARNING, "A metadata line under the title cannot be read."),
    INVALID_FRONT_MATTER("FS008", "invalid-front-matter", Severity.ERROR, "The YAML front matter is not valid YAML."),
    STORY_WITHOUT_PRIORITY("FS009", "story-without-priority", Severity.WARNING, "A user story names no priority."),
    STORY_WITHOUT_SCENARIOS(
            "FS010", "story-without-scenarios", Severity.WARNING, "A user story has no acceptance scenarios."),
    SCENARIO_WITHOUT_THEN(
            "FS011", "scenario-without-then", Severity.WARNING, "An acceptance scenario has no Then step."),
    REQUIREMENT_OUTSIDE_REQUIREMENTS(
            "FS012",
            "requirement-outside-requirements",
            Severity.WARNING,
            "A functional requirement is declared outside the Requirements section."),
    UNPARSED_CLARIFICATION(
            "FS013",
            "unparsed-clarification",
            Severity.INFO,
            "A clarification bullet has no Q/A form; it is kept as an answer."),
    STORY_NUMBERING("FS014", "story-numbering", Severity.WARNING, "User story numbers repeat or skip."),
    UNKNOWN_SECTION(
            "FS015",
            "unknown-section",
            Severity.INFO,
            "A section the profile does not name is kept as an extra section."),
    NESTING_TOO_DEEP(
            "FS016",
            "nesting-too-deep",
            Severity.WARNING,
            "Nesting exceeds the parser's bound; the rest is kept as text."),
    INVALID_PRIORITY("FS017", "invalid-priority", Severity.ERROR, "A priority is not of the form P0, P1, P2, …"),
    NUL_CHARACTER(
            "FS018",
            "nul-character",
            Severity.WARNING,
            "The text holds a NUL character (U+0000); it is read as U+FFFD, as CommonMark says."),
    SECTION_READ_BY_CONTENT(
            "FS019",
            "section-read-by-content",
            Severity.INFO,
            "A heading the languages do not know is read as the template section its content shows."),
    MALFORMED_TASK(
            "FS030",
            "malformed-task",
            Severity.WARNING,
            "A list item of tasks.md looks like a task but has no readable checkbox; it is kept as a note."),

    INPUT_TOO_LARGE("FS050", "input-too-large", Severity.ERROR, "The input exceeds the configured size limit."),
    INVALID_ENCODING("FS051", "invalid-encoding", Severity.ERROR, "The input is not valid UTF-8 text."),
    SYNTAX_ERROR("FS052", "syntax-error", Severity.ERROR, "The JSON or YAML input is not well-formed."),
    UNKNOWN_PROPERTY(
            "FS053",
            "unknown-property",
            Severity.ERROR,
            "The JSON or YAML input has a property the format does not define."),
    WRONG_TYPE("FS054", "wrong-type", Severity.ERROR, "A JSON or YAML value has the wrong type."),
    DUPLICATE_KEY("FS055", "duplicate-key", Severity.ERROR, "A JSON or YAML object repeats a key."),
    INPUT_LIMIT_EXCEEDED(
            "FS056",
            "input-limit-exceeded",
            Severity.ERROR,
            "The input exceeds a structural limit: nesting depth, string length, token count, or a YAML alias."),
    UNSUPPORTED_FORMAT_VERSION(
            "FS057",
            "unsupported-format-version",
            Severity.ERROR,
            "The input's formatVersion is not one this version reads."),
    INVALID_VALUE(
            "FS058",
            "invalid-value",
            Severity.ERROR,
            "A value is well-typed but not allowed (a missing required field, say)."),
    UNREADABLE_FILE(
            "FS059",
            "unreadable-file",
            Severity.ERROR,
            "A file could not be read or checked: permission denied, an I/O error, or too little memory."),

    REQUIREMENT_ID_FORMAT(
            "FS101", "requirement-id-format", Severity.ERROR, "A functional requirement id is not of the form FR-001."),
    REQUIREMENT_ID_NONCANONICAL(
            "FS102",
            "requirement-id-noncanonical",
            Severity.WARNING,
            "A functional requirement id is accepted but not canonical (FR-1, FR-001a)."),
    CRITERION_ID_FORMAT(
            "FS103", "criterion-id-format", Severity.ERROR, "A success criterion id is not of the form SC-001."),
    CRITERION_ID_NONCANONICAL(
            "FS104",
            "criterion-id-noncanonical",
            Severity.WARNING,
            "A success criterion id is accepted but not canonical."),
    DUPLICATE_ID("FS105", "duplicate-id", Severity.ERROR, "An FR or SC id is declared twice."),
    PRIORITY_FORMAT(
            "FS106",
            "priority-format",
            Severity.WARNING,
            "A priority is outside the range the template uses (P0 to P9)."),
    INCOMPLETE_SCENARIO(
            "FS107",
            "incomplete-scenario",
            Severity.WARNING,
            "An acceptance scenario lacks a Given, When or Then part."),
    UNFILLED_PLACEHOLDER(
            "FS108",
            "unfilled-placeholder",
            Severity.WARNING,
            "Template placeholder text such as [FEATURE NAME] was left in."),
    TOO_MANY_CLARIFICATIONS(
            "FS109", "too-many-clarifications", Severity.ERROR, "More than 3 [NEEDS CLARIFICATION] markers."),
    OPEN_CLARIFICATION(
            "FS110",
            "open-clarification",
            Severity.ERROR,
            "A [NEEDS CLARIFICATION] marker is still open (ReadyForPlanning)."),
    MISSING_RFC2119_KEYWORD(
            "FS111",
            "missing-rfc2119-keyword",
            Severity.WARNING,
            "A functional requirement has no MUST, SHOULD or MAY."),
    NO_P1_STORY("FS112", "no-p1-story", Severity.WARNING, "No user story has priority P1 (or P0)."),
    MISSING_INDEPENDENT_TEST(
            "FS113",
            "missing-independent-test",
            Severity.WARNING,
            "A user story does not say how to test it independently."),
    EMPTY_MANDATORY_SECTION(
            "FS114",
            "empty-mandatory-section",
            Severity.ERROR,
            "A mandatory section has no content (ReadyForPlanning)."),
    NON_ISO_DATE("FS115", "non-iso-date", Severity.INFO, "A date is not written as ISO 8601 (2026-02-03)."),
    BLANK_TEXT("FS116", "blank-text", Severity.ERROR, "A text field that must say something is blank."),
    MISPLACED_EXTRA_SECTION(
            "FS117",
            "misplaced-extra-section",
            Severity.WARNING,
            "An extra section is placed after a section the spec does not have."),
    MISSING_REQUIREMENT_ID(
            "FS118",
            "missing-requirement-id",
            Severity.WARNING,
            "A functional requirement or success criterion has no id."),
    DUPLICATE_METADATA(
            "FS119",
            "duplicate-metadata",
            Severity.ERROR,
            "A metadata label of a typed field (Status, …) is also among the other lines."),
    NOT_WRITABLE(
            "FS120",
            "not-writable",
            Severity.ERROR,
            "A text cannot be written as Markdown that reads back the same (a line break in a one-line field)."),

    DUPLICATE_TASK_ID("FS130", "duplicate-task-id", Severity.ERROR, "Two tasks of a task list have the same id."),
    TASK_ORDER("FS131", "task-order", Severity.WARNING, "A task's id is lower than the id of the task before it."),
    PARALLEL_CONFLICT(
            "FS132",
            "parallel-conflict",
            Severity.WARNING,
            "Two [P] tasks of one phase name the same file, so they cannot run in parallel."),
    DUPLICATE_CHECKLIST_ID(
            "FS133", "duplicate-checklist-id", Severity.ERROR, "Two items of a checklist have the same id."),

    UNKNOWN_STORY("FS201", "unknown-story", Severity.ERROR, "A task cites a user story the spec does not declare."),
    UNKNOWN_REQUIREMENT(
            "FS202",
            "unknown-requirement",
            Severity.ERROR,
            "A task cites a requirement or success criterion id the spec does not declare."),
    UNCOVERED_STORY("FS203", "uncovered-story", Severity.WARNING, "No task is for a user story of the spec."),
    UNCOVERED_REQUIREMENT(
            "FS204",
            "uncovered-requirement",
            Severity.WARNING,
            "No task cites a requirement or success criterion of the spec."),
    STORY_TASKS_ELSEWHERE(
            "FS205",
            "story-tasks-elsewhere",
            Severity.WARNING,
            "Every task of a user story stands in the phase of another story."),
    UNKNOWN_CHECKLIST_REFERENCE(
            "FS206",
            "unknown-checklist-reference",
            Severity.WARNING,
            "A checklist item cites a section or id that the spec or plan does not have."),
    OPEN_CHECKLIST_ITEM(
            "FS207",
            "open-checklist-item",
            Severity.WARNING,
            "A checklist item is unchecked while the spec's status says it is ready."),
    CLARIFICATION_AFTER_TASKS(
            "FS208",
            "clarification-after-tasks",
            Severity.ERROR,
            "The spec has an open [NEEDS CLARIFICATION] marker while tasks.md already lists tasks."),
    COVERAGE_NOT_CHECKED(
            "FS209",
            "coverage-not-checked",
            Severity.INFO,
            "The tasks cite no story or no requirement id at all, so that kind of coverage is not checked.");

    private final String id;
    private final String alias;
    private final Severity defaultSeverity;
    private final String summary;

    Rule(String id, String alias, Severity defaultSeverity, String summary) {
        this.id = id;
        this.alias = alias;
        this.defaultSeverity = defaultSeverity;
        this.summary = summary;
    }

    /** The stable id, {@code FS} and three digits. Used in JSON. */
    @JsonValue
    public String id() {
        return id;
    }

    /** The stable kebab-case alias, e.g. {@code duplicate-id}. */
    public String alias() {
        return alias;
    }

    /** The severity used unless configuration overrides it. */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** One sentence saying what the rule checks. */
    public String summary() {
        return summary;
    }

    /** The rule with this id or alias, case-insensitively. */
    public static Optional<Rule> lookup(String idOrAlias) {
        String key = idOrAlias.strip();
        for (Rule r : values()) {
            if (r.id.equalsIgnoreCase(key) || r.alias.equalsIgnoreCase(key)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
