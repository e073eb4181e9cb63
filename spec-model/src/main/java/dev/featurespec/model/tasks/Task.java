package dev.featurespec.model.tasks;

import static dev.featurespec.model.internal.Checks.list;
import static dev.featurespec.model.internal.Checks.optional;
import static dev.featurespec.model.internal.Checks.required;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.featurespec.model.Statement;
import dev.featurespec.model.internal.BracketTags;
import dev.featurespec.model.internal.FilePaths;
import dev.featurespec.model.internal.StatementTrees;
import dev.featurespec.model.validation.NotBlankText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One task of a {@code tasks.md}: {@code - [ ] T012 [P] [US2] Create User model in src/models/user.py}.
 *
 * <p>The checkbox gives {@link #done()}, the id {@link #id()}, and everything after the id is {@link
 * #text()}, tags included, as written. What the text says in plain syntax is derived from it, so it can
 * never disagree: the {@code [P]} marker ({@link #parallel()}), the user stories of the leading tags
 * ({@link #stories()}), the file paths it names ({@link #files()}). Which requirement ids it cites
 * depends on the id prefixes of the document's language (FR, SC, RF, CS, …), so the Markdown parser finds
 * them and {@link #requirements()} holds them; in JSON they are read as given.
 *
 * <pre>{@code
 * Task t = Task.builder("T012", "[P] [US2] Create User model in `src/models/user.py` (FR-003)")
 *         .addRequirement("FR-003")
 *         .build();
 * t.parallel();   // true
 * t.stories();    // [US2]
 * t.files();      // [src/models/user.py]
 * }</pre>
 *
 * @param id the task id as written without emphasis ({@code T012}, {@code T012a}, {@code T012.1}); absent
 *     for a task without one
 * @param done true for {@code [x]} or {@code [X]}, false for {@code [ ]}
 * @param text the inline Markdown after the id, tags included, trimmed; continuation lines are joined
 *     with {@code \n}
 * @param requirements the requirement and success-criterion ids the task cites in its text, then its
 *     details, then its sub-items, each once, as written
 * @param details further blocks of the task's list item (paragraphs, code), Markdown source as written
 *     with the item's indentation removed, blocks separated by a blank line
 * @param subItems the nested bullets under the task, with their own nested bullets
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "done", "text", "parallel", "stories", "requirements", "files", "details", "subItems"})
@JsonIgnoreProperties(
        value = {"parallel", "stories", "files"},
        allowGetters = true)
public record Task(
        Optional<String> id,
        @JsonInclude(JsonInclude.Include.ALWAYS) boolean done,

        @JsonInclude(JsonInclude.Include.ALWAYS) @NotBlankText(what = "task text")
        String text,

        List<String> requirements,
        Optional<String> details,
        List<Statement> subItems) {

    public Task {
        id = optional(id);
        required(text, "Task.text");
        requirements = list(requirements, "Task.requirements");
        details = optional(details);
        subItems = list(subItems, "Task.subItems");
    }

    /** An open task with an id and text and nothing else. */
    public static Task of(String id, String text) {
        return builder(id, text).build();
    }

    /** True when the leading tags hold {@code [P]}: the task may run in parallel with other {@code [P]} tasks. */
    @JsonProperty("parallel")
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public boolean parallel() {
        return tags().contains("P");
    }

    /** The user stories the leading tags name, as {@code US1}, {@code US2}: {@code [US1+US2]} names both. */
    @JsonProperty("stories")
    public List<String> stories() {
        return BracketTags.stories(tags());
    }

    /** The contents of the bracketed tags the text starts with: {@code P}, {@code US2}, {@code P1}, … */
    public List<String> tags() {
        return BracketTags.leading(text).tags();
    }

    /** The text after its leading tags: {@code Create User model in src/models/user.py}. */
    public String description() {
        return text.substring(BracketTags.leading(text).end()).strip();
    }

    /** The file paths the text, details and sub-items name, in order, each once. */
    @JsonProperty("files")
    public List<String> files() {
        List<String> texts = new ArrayList<>();
        texts.add(text);
        details.ifPresent(texts::add);
        StatementTrees.flatten(subItems).forEach(s -> texts.add(s.text()));
        return FilePaths.of(texts);
    }

    /** A builder for a task with {@code id} (null for none) and {@code text}. */
    public static Builder builder(String id, String text) {
        return new Builder(id, text);
    }

    /** A builder holding this task's values. */
    public Builder toBuilder() {
        Builder b = new Builder(id.orElse(null), text);
        b.done = done;
        b.requirements.addAll(requirements);
        b.details = details.orElse(null);
        b.subItems.addAll(subItems);
        return b;
    }

    /** Builds a {@link Task}; not thread-safe. */
    public static final class Builder {
        private String id;
        private boolean done;
        private String text;
        private final List<String> requirements = new ArrayList<>();
        private String details;
        private final List<Statement> subItems = new ArrayList<>();

        private Builder(String id, String text) {
            this.id = id;
            this.text = text;
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder done(boolean done) {
            this.done = done;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder addRequirement(String requirement) {
            requirements.add(required(requirement, "Task.requirements element"));
            return this;
        }

        public Builder requirements(List<String> ids) {
            requirements.clear();
            ids.forEach(this::addRequirement);
            return this;
        }

        public Builder details(String details) {
            this.details = details;
            return this;
        }

        public Builder addSubItem(Statement subItem) {
            subItems.add(required(subItem, "Task.subItems element"));
            return this;
        }

        public Builder subItems(List<Statement> items) {
            subItems.clear();
            items.forEach(this::addSubItem);
            return this;
        }

        public Task build() {
            return new Task(Optional.ofNullable(id), done, text, requirements, Optional.ofNullable(details), subItems);
        }
    }
}
