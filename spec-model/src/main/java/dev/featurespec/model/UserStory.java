package dev.featurespec.model;

import static dev.featurespec.model.internal.Checks.list;
import static dev.featurespec.model.internal.Checks.optional;
import static dev.featurespec.model.internal.Checks.required;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.featurespec.model.validation.IndependentTest;
import dev.featurespec.model.validation.MarkdownText;
import dev.featurespec.model.validation.NotBlankText;
import dev.featurespec.model.validation.OneLine;
import dev.featurespec.model.validation.Payloads;
import dev.featurespec.model.validation.PriorityRange;
import dev.featurespec.model.validation.StoryHeading;
import dev.featurespec.model.validation.StoryNotes;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A prioritised user journey, {@code ### User Story 1 - Title (Priority: P1)}. Text fields hold
 * Markdown source as written, trimmed, with their bold labels removed.
 *
 * <pre>{@code
 * UserStory story = UserStory.builder(1, "Sign in")
 *         .priority(Priority.P1)
 *         .description("A returning user signs in with email and password.")
 *         .independentTest("Sign in with a seeded account and land on the dashboard.")
 *         .addAcceptanceScenario(AcceptanceScenario.of("a registered user", "they sign in", "the dashboard opens"))
 *         .build();
 * }</pre>
 *
 * @param number the story's number in its heading
 * @param title the heading's title, without number and priority
 * @param priority the priority, when the heading or body names one
 * @param suffix text after the priority in the heading, e.g. {@code 🎯 MVP}
 * @param description the paragraphs describing the journey
 * @param whyThisPriority the text after {@code **Why this priority**:}
 * @param independentTest the text after {@code **Independent Test**:}
 * @param acceptanceScenarios the numbered scenarios after {@code **Acceptance Scenarios**:}
 * @param notes any other Markdown inside the story, as written, in order
 * @param label the story word and number as the heading wrote them, e.g. {@code US-003} in {@code ###
 *     US-003: Title}, when they are not the canonical {@code User Story 3} (in the spec's language); the
 *     Markdown writer writes it in place of the canonical words when it is a story word
 *     followed by {@link #number()}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
    "number",
    "title",
    "priority",
    "suffix",
    "description",
    "whyThisPriority",
    "independentTest",
    "acceptanceScenarios",
    "notes",
    "label"
})
@IndependentTest(payload = Payloads.Warning.class)
@StoryNotes
@StoryHeading
public record UserStory(
        @JsonInclude(JsonInclude.Include.ALWAYS) int number,

        @JsonInclude(JsonInclude.Include.ALWAYS)
        @NotBlankText(what = "user story title")
        @OneLine(what = "user story title", heading = true, blank = false)
        @MarkdownText(what = "user story title", form = MarkdownText.Form.STORY_TITLE)
        String title,

        Optional<@PriorityRange(payload = Payloads.Warning.class) Priority> priority,
        Optional<@OneLine(what = "user story suffix", heading = true) String> suffix,
        Optional<@MarkdownText(what = "user story description", form = MarkdownText.Form.PARAGRAPHS) String>
                description,
        Optional<@MarkdownText(what = "why this priority", form = MarkdownText.Form.PARAGRAPH) String> whyThisPriority,
        Optional<@MarkdownText(what = "independent test", form = MarkdownText.Form.PARAGRAPH) String> independentTest,
        List<@Valid AcceptanceScenario> acceptanceScenarios,
        Optional<@MarkdownText(what = "user story notes", form = MarkdownText.Form.STORY_NOTES) String> notes,
        Optional<@OneLine(what = "user story label") String> label) {

    public UserStory {
        if (number < 0) {
            throw new IllegalArgumentException("UserStory.number must not be negative: " + number);
        }
        required(title, "UserStory.title");
        priority = optional(priority);
        suffix = optional(suffix);
        description = optional(description);
        whyThisPriority = optional(whyThisPriority);
        independentTest = optional(independentTest);
        acceptanceScenarios = list(acceptanceScenarios, "UserStory.acceptanceScenarios");
        notes = optional(notes);
        label = optional(label);
    }

    /** A story without a {@linkplain #label() label}: the constructor before {@code label} was added. */
    public UserStory(
            int number,
            String title,
            Optional<Priority> priority,
            Optional<String> suffix,
            Optional<String> description,
            Optional<String> whyThisPriority,
            Optional<String> independentTest,
            List<AcceptanceScenario> acceptanceScenarios,
            Optional<String> notes) {
        this(
                number,
                title,
                priority,
                suffix,
                description,
                whyThisPriority,
                independentTest,
                acceptanceScenarios,
                notes,
                Optional.empty());
    }

    /** A builder for story {@code number} titled {@code title}. */
    public static Builder builder(int number, String title) {
        return new Builder(number, title);
    }

    /** A builder holding this story's values. */
    public Builder toBuilder() {
        Builder b = new Builder(number, title);
        b.priority = priority.orElse(null);
        b.suffix = suffix.orElse(null);
        b.description = description.orElse(null);
        b.whyThisPriority = whyThisPriority.orElse(null);
        b.independentTest = independentTest.orElse(null);
        b.acceptanceScenarios.addAll(acceptanceScenarios);
        b.notes = notes.orElse(null);
        b.label = label.orElse(null);
        return b;
    }

    /** Builds a {@link UserStory}; not thread-safe. */
    public static final class Builder {
        private int number;
        private String title;
        private Priority priority;
        private String suffix;
        private String description;
        private String whyThisPriority;
        private String independentTest;
        private final List<AcceptanceScenario> acceptanceScenarios = new ArrayList<>();
        private String notes;
        private String label;

        private Builder(int number, String title) {
            this.number = number;
            this.title = title;
        }

        public Builder number(int number) {
            this.number = number;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder priority(Priority priority) {
            this.priority = priority;
            return this;
        }

        public Builder suffix(String suffix) {
            this.suffix = suffix;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder whyThisPriority(String whyThisPriority) {
            this.whyThisPriority = whyThisPriority;
            return this;
        }

        public Builder independentTest(String independentTest) {
            this.independentTest = independentTest;
            return this;
        }

        public Builder addAcceptanceScenario(AcceptanceScenario scenario) {
            acceptanceScenarios.add(required(scenario, "UserStory.acceptanceScenarios element"));
            return this;
        }

        public Builder acceptanceScenarios(List<AcceptanceScenario> scenarios) {
            acceptanceScenarios.clear();
            scenarios.forEach(this::addAcceptanceScenario);
            return this;
        }

        public Builder notes(String notes) {
            this.notes = notes;
            return this;
        }

        /** The story word and number as written, e.g. {@code US-003}; {@code null} for the canonical form. */
        public Builder label(String label) {
            this.label = label;
            return this;
        }

        public UserStory build() {
            return new UserStory(
                    number,
                    title,
                    Optional.ofNullable(priority),
                    Optional.ofNullable(suffix),
                    Optional.ofNullable(description),
                    Optional.ofNullable(whyThisPriority),
                    Optional.ofNullable(independentTest),
                    acceptanceScenarios,
                    Optional.ofNullable(notes),
                    Optional.ofNullable(label));
        }
    }
}
