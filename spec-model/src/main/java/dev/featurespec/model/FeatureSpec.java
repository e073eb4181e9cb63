package dev.featurespec.model;

import static dev.featurespec.model.internal.Checks.list;
import static dev.featurespec.model.internal.Checks.optional;
import static dev.featurespec.model.internal.Checks.required;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.featurespec.model.internal.ClarificationMarkers;
import dev.featurespec.model.internal.Ids;
import dev.featurespec.model.internal.SpecTexts;
import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.model.validation.AnchoredExtraSections;
import dev.featurespec.model.validation.ClarificationLimit;
import dev.featurespec.model.validation.HasP1Story;
import dev.featurespec.model.validation.MandatorySections;
import dev.featurespec.model.validation.MarkdownText;
import dev.featurespec.model.validation.NoOpenClarifications;
import dev.featurespec.model.validation.NoPlaceholders;
import dev.featurespec.model.validation.NotBlankText;
import dev.featurespec.model.validation.OneLine;
import dev.featurespec.model.validation.Payloads;
import dev.featurespec.model.validation.ReadyForPlanning;
import dev.featurespec.model.validation.TableRows;
import dev.featurespec.model.validation.UniqueIds;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A feature specification: the typed form of a Spec Kit {@code spec.md}. Immutable; every list is an
 * unmodifiable copy, every optional value an {@link Optional}. Text fields hold Markdown inline source
 * as written, trimmed, with template labels removed. Whatever no typed field holds is kept in {@link
 * #extraSections()}, so writing a parsed spec back loses nothing. The records carry Bean Validation
 * constraints ({@link dev.featurespec.model.validation}); {@link
 * dev.featurespec.model.validation.SpecValidator} checks them and reports diagnostics.
 *
 * <pre>{@code
 * FeatureSpec spec = FeatureSpec.builder("Checkout")
 *         .metadata(Metadata.builder().featureBranch("042-checkout").created("2026-02-03").status("Draft").build())
 *         .addUserStory(UserStory.builder(1, "Pay by card").priority(Priority.P1).build())
 *         .addFunctionalRequirement(Requirement.of("FR-001", "System MUST accept Visa and Mastercard."))
 *         .addSuccessCriterion(SuccessCriterion.of("SC-001", "95% of payments complete in under 3 s."))
 *         .build();
 * spec.requirement("FR-001");        // Optional[Requirement[id=Optional[FR-001], …]]
 * spec.nextRequirementId();          // "FR-002"
 * spec.openClarifications();         // the [NEEDS CLARIFICATION] markers left, with where they are
 * FeatureSpec edited = spec.toBuilder().addEdgeCase("What happens when the card is declined?").build();
 * }</pre>
 *
 * @param title the title after {@code # Feature Specification:}; empty when the document has none
 * @param language the BCP 47 tag of the language the document's headings and labels are in, when not
 *     English (e.g. {@code ja}); the Markdown writer writes headings and labels in it
 * @param frontMatter YAML front matter, verbatim, without its {@code ---} fences
 * @param metadata the bold metadata lines under the title
 * @param userStories the prioritised user journeys, in document order
 * @param edgeCases the bullets of {@code ### Edge Cases}, Markdown source each
 * @param functionalRequirements the functional requirements, in document order
 * @param keyEntities the key entities, in document order
 * @param successCriteria the measurable outcomes, in document order
 * @param apiContract the {@code API Contract & Compatibility} section, when present
 * @param configurationImpact the {@code Configuration Source of Truth Impact} section, when present
 * @param securityImpact the {@code Security & Secrets Impact} section, when present
 * @param observability the {@code Observability & Operations} section, when present
 * @param assumptions the bullets of {@code ## Assumptions}, Markdown source each
 * @param clarifications the clarification sessions, in document order
 * @param extraSections content no typed field holds, with where it belongs
 * @param presentation how the author wrote headings and labels, where not canonically ({@link
 *     Presentation}); never part of what a spec says
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
    "formatVersion",
    "title",
    "language",
    "frontMatter",
    "metadata",
    "userStories",
    "edgeCases",
    "functionalRequirements",
    "keyEntities",
    "successCriteria",
    "apiContract",
    "configurationImpact",
    "securityImpact",
    "observability",
    "assumptions",
    "clarifications",
    "extraSections",
    "presentation"
})
@JsonIgnoreProperties(
        value = {"formatVersion"},
        allowGetters = true)
@UniqueIds
@TableRows
@NoPlaceholders(payload = Payloads.Warning.class)
@NoPlaceholders(groups = ReadyForPlanning.class)
@ClarificationLimit
@NoOpenClarifications(groups = ReadyForPlanning.class)
@HasP1Story(payload = Payloads.Warning.class)
@MandatorySections(groups = ReadyForPlanning.class)
@AnchoredExtraSections(payload = Payloads.Warning.class)
public record FeatureSpec(
        @JsonInclude(JsonInclude.Include.ALWAYS) @OneLine(what = "title", heading = true)
        String title,

        Optional<String> language,
        Optional<String> frontMatter,

        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Metadata.EmptyFilter.class) @Valid
        Metadata metadata,

        List<@Valid UserStory> userStories,
        List<@NotBlankText(what = "edge case") @MarkdownText(what = "edge case", form = MarkdownText.Form.ITEM) String>
                edgeCases,
        List<@Valid Requirement> functionalRequirements,
        List<@Valid KeyEntity> keyEntities,
        List<@Valid SuccessCriterion> successCriteria,
        Optional<ApiContractSection> apiContract,
        Optional<ImpactSection> configurationImpact,
        Optional<ImpactSection> securityImpact,
        Optional<ObservabilitySection> observability,
        List<
                        @NotBlankText(what = "assumption")
                        @MarkdownText(what = "assumption", form = MarkdownText.Form.ITEM) String>
                assumptions,
        List<@Valid ClarificationSession> clarifications,
        List<ExtraSection> extraSections,

        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Presentation.EmptyFilter.class)
        Presentation presentation) {

    /** The version of the JSON and YAML format this model reads and writes. */
    public static final int FORMAT_VERSION = 1;

    public FeatureSpec {
        required(title, "FeatureSpec.title");
        language = optional(language);
        frontMatter = optional(frontMatter);
        if (metadata == null) {
            metadata = Metadata.EMPTY;
        }
        userStories = list(userStories, "FeatureSpec.userStories");
        edgeCases = list(edgeCases, "FeatureSpec.edgeCases");
        functionalRequirements = list(functionalRequirements, "FeatureSpec.functionalRequirements");
        keyEntities = list(keyEntities, "FeatureSpec.keyEntities");
        successCriteria = list(successCriteria, "FeatureSpec.successCriteria");
        apiContract = optional(apiContract);
        configurationImpact = optional(configurationImpact);
        securityImpact = optional(securityImpact);
        observability = optional(observability);
        assumptions = list(assumptions, "FeatureSpec.assumptions");
        clarifications = list(clarifications, "FeatureSpec.clarifications");
        extraSections = list(extraSections, "FeatureSpec.extraSections");
        if (presentation == null) {
            presentation = Presentation.EMPTY;
        }
    }

    /** A spec in the canonical presentation: the constructor of the model before {@link #presentation()}. */
    public FeatureSpec(
            String title,
            Optional<String> language,
            Optional<String> frontMatter,
            Metadata metadata,
            List<UserStory> userStories,
            List<String> edgeCases,
            List<Requirement> functionalRequirements,
            List<KeyEntity> keyEntities,
            List<SuccessCriterion> successCriteria,
            Optional<ApiContractSection> apiContract,
            Optional<ImpactSection> configurationImpact,
            Optional<ImpactSection> securityImpact,
            Optional<ObservabilitySection> observability,
            List<String> assumptions,
            List<ClarificationSession> clarifications,
            List<ExtraSection> extraSections) {
        this(
                title,
                language,
                frontMatter,
                metadata,
                userStories,
                edgeCases,
                functionalRequirements,
                keyEntities,
                successCriteria,
                apiContract,
                configurationImpact,
                securityImpact,
                observability,
                assumptions,
                clarifications,
                extraSections,
                Presentation.EMPTY);
    }

    /**
     * This spec as the template orders it, which is how the Markdown writer writes it when asked for the
     * template's order: its extra sections sorted by the section they follow (loose content before
     * headed sections, otherwise as they were) and no author's headings recorded; label words are kept.
     */
    public FeatureSpec inTemplateOrder() {
        List<ExtraSection> extras = new ArrayList<>(extraSections);
        extras.sort(Comparator.comparing(ExtraSection::after)
                .thenComparing(e -> e.heading().isPresent()));
        return toBuilder()
                .extraSections(extras)
                .presentation(new Presentation(List.of(), presentation.words()))
                .build();
    }

    /** This spec in the canonical presentation: template order, canonical headings and labels. */
    public FeatureSpec withoutPresentation() {
        return presentation.isEmpty()
                ? this
                : toBuilder().presentation(Presentation.EMPTY).build();
    }

    /** Always {@link #FORMAT_VERSION}; written first in JSON and YAML. */
    @JsonProperty("formatVersion")
    public int formatVersion() {
        return FORMAT_VERSION;
    }

    /**
     * True when the spec has any of the four sections the {@code extended} profile adds (API contract,
     * configuration, security, observability).
     */
    public boolean hasExtendedSections() {
        for (TemplateSection section : TemplateSection.extendedSections()) {
            if (section.presentIn(this)) {
                return true;
            }
        }
        return false;
    }

    /** The functional requirement whose id is {@code id} exactly as written ({@code FR-003}), if any. */
    public Optional<Requirement> requirement(String id) {
        Objects.requireNonNull(id, "id");
        for (Requirement r : functionalRequirements) {
            if (r.id().isPresent() && r.id().get().equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The success criterion whose id is {@code id} exactly as written ({@code SC-002}), if any. */
    public Optional<SuccessCriterion> criterion(String id) {
        Objects.requireNonNull(id, "id");
        for (SuccessCriterion c : successCriteria) {
            if (c.id().isPresent() && c.id().get().equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The first user story numbered {@code number} ({@code ### User Story 2 - …}), if any. */
    public Optional<UserStory> story(int number) {
        for (UserStory s : userStories) {
            if (s.number() == number) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * The user stories, most important first: by {@link Priority} ({@code P0}, {@code P1}, …), stories
     * without a priority last, document order among equals.
     */
    public List<UserStory> storiesByPriority() {
        List<UserStory> sorted = new ArrayList<>(userStories);
        sorted.sort(Comparator.comparing(
                (UserStory s) -> s.priority().orElse(null), Comparator.nullsLast(Comparator.naturalOrder())));
        return Collections.unmodifiableList(sorted);
    }

    /** The user stories with priority {@code priority}, in document order. */
    public List<UserStory> storiesWithPriority(Priority priority) {
        Objects.requireNonNull(priority, "priority");
        return userStories.stream()
                .filter(s -> s.priority().filter(priority::equals).isPresent())
                .toList();
    }

    /**
     * The id for a new functional requirement: the prefix most ids use ({@code FR}, or a translated one
     * such as {@code RF}), a hyphen and one more than the highest number with that prefix, in three
     * digits. {@code FR-001} for a spec without requirement ids; {@code FR-013} after {@code FR-012}
     * (also after {@code FR-012a}).
     */
    public String nextRequirementId() {
        return Ids.next(functionalRequirements.stream().map(Requirement::id).toList(), "FR");
    }

    /** The id for a new success criterion, as {@link #nextRequirementId()} does it: {@code SC-001} first. */
    public String nextCriterionId() {
        return Ids.next(successCriteria.stream().map(SuccessCriterion::id).toList(), "SC");
    }

    /**
     * The {@code [NEEDS CLARIFICATION: …]} markers left in the spec's texts, in document order, each with
     * the JSON pointer of its text and its range there. Markers inside code spans, and in an extra
     * section's body inside fenced or indented code or an HTML comment, are examples rather than
     * questions and are left out; so are mentions of markers, a bare {@code [NEEDS CLARIFICATION]}
     * followed by {@code markers} or {@code items} (a quality checklist's {@code - [ ] No [NEEDS
     * CLARIFICATION] markers remain}), and the template's example {@code [NEEDS CLARIFICATION: specific
     * question]}. Rules FS109 and FS110 count exactly these.
     */
    public List<OpenClarification> openClarifications() {
        List<OpenClarification> open = new ArrayList<>();
        for (SpecTexts.TextField field : SpecTexts.of(this)) {
            String pointer = null;
            for (ClarificationMarkers.Found m : ClarificationMarkers.find(field.text(), field.markdownBody())) {
                if (pointer == null) {
                    pointer = field.pointer();
                }
                open.add(new OpenClarification(pointer, field.text(), m.start(), m.end(), m.question()));
            }
        }
        return List.copyOf(open);
    }

    /**
     * Every text of the spec by JSON pointer, in document order: the title, metadata values, story
     * fields, scenario steps, requirement and criterion texts, statements ({@code
     * /apiContract/statements/0/children/1/text}), clarifications, extra sections' headings and bodies
     * ({@code /extraSections/2/markdown}), and so on; empty texts are left out. Ids, numbers, priorities
     * and other values that are not prose are not texts. What the validators' text rules (placeholders,
     * clarification markers) read, for tools that search or rewrite a spec's words.
     */
    public Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (SpecTexts.TextField field : SpecTexts.of(this)) {
            texts.putIfAbsent(field.pointer(), field.text());
        }
        return Collections.unmodifiableMap(texts);
    }

    /** A builder for a spec titled {@code title}. */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** A builder holding this spec's values. */
    public Builder toBuilder() {
        Builder b = new Builder(title);
        b.language = language.orElse(null);
        b.frontMatter = frontMatter.orElse(null);
        b.metadata = metadata;
        b.userStories.addAll(userStories);
        b.edgeCases.addAll(edgeCases);
        b.functionalRequirements.addAll(functionalRequirements);
        b.keyEntities.addAll(keyEntities);
        b.successCriteria.addAll(successCriteria);
        b.apiContract = apiContract.orElse(null);
        b.configurationImpact = configurationImpact.orElse(null);
        b.securityImpact = securityImpact.orElse(null);
        b.observability = observability.orElse(null);
        b.assumptions.addAll(assumptions);
        b.clarifications.addAll(clarifications);
        b.extraSections.addAll(extraSections);
        b.presentation = presentation;
        return b;
    }

    /**
     * Builds a {@link FeatureSpec}; not thread-safe. Every list has an {@code add…} method that appends
     * one element and a setter named after the list that replaces all of them; {@code null} elements
     * are refused with a {@link NullPointerException}. Optional values are cleared with {@code null}.
     */
    public static final class Builder {
        private String title;
        private String language;
        private String frontMatter;
        private Metadata metadata = Metadata.EMPTY;
        private final List<UserStory> userStories = new ArrayList<>();
        private final List<String> edgeCases = new ArrayList<>();
        private final List<Requirement> functionalRequirements = new ArrayList<>();
        private final List<KeyEntity> keyEntities = new ArrayList<>();
        private final List<SuccessCriterion> successCriteria = new ArrayList<>();
        private ApiContractSection apiContract;
        private ImpactSection configurationImpact;
        private ImpactSection securityImpact;
        private ObservabilitySection observability;
        private final List<String> assumptions = new ArrayList<>();
        private final List<ClarificationSession> clarifications = new ArrayList<>();
        private final List<ExtraSection> extraSections = new ArrayList<>();
        private Presentation presentation = Presentation.EMPTY;

        private Builder(String title) {
            this.title = title;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder frontMatter(String frontMatter) {
            this.frontMatter = frontMatter;
            return this;
        }

        public Builder metadata(Metadata metadata) {
            this.metadata = required(metadata, "FeatureSpec.metadata");
            return this;
        }

        public Builder addUserStory(UserStory story) {
            userStories.add(required(story, "FeatureSpec.userStories element"));
            return this;
        }

        public Builder userStories(List<UserStory> stories) {
            userStories.clear();
            stories.forEach(this::addUserStory);
            return this;
        }

        public Builder addEdgeCase(String edgeCase) {
            edgeCases.add(required(edgeCase, "FeatureSpec.edgeCases element"));
            return this;
        }

        public Builder edgeCases(List<String> edgeCases) {
            this.edgeCases.clear();
            edgeCases.forEach(this::addEdgeCase);
            return this;
        }

        public Builder addFunctionalRequirement(Requirement requirement) {
            functionalRequirements.add(required(requirement, "FeatureSpec.functionalRequirements element"));
            return this;
        }

        public Builder functionalRequirements(List<Requirement> requirements) {
            functionalRequirements.clear();
            requirements.forEach(this::addFunctionalRequirement);
            return this;
        }

        public Builder addKeyEntity(KeyEntity entity) {
            keyEntities.add(required(entity, "FeatureSpec.keyEntities element"));
            return this;
        }

        public Builder keyEntities(List<KeyEntity> entities) {
            keyEntities.clear();
            entities.forEach(this::addKeyEntity);
            return this;
        }

        public Builder addSuccessCriterion(SuccessCriterion criterion) {
            successCriteria.add(required(criterion, "FeatureSpec.successCriteria element"));
            return this;
        }

        public Builder successCriteria(List<SuccessCriterion> criteria) {
            successCriteria.clear();
            criteria.forEach(this::addSuccessCriterion);
            return this;
        }

        public Builder apiContract(ApiContractSection apiContract) {
            this.apiContract = apiContract;
            return this;
        }

        public Builder configurationImpact(ImpactSection configurationImpact) {
            this.configurationImpact = configurationImpact;
            return this;
        }

        public Builder securityImpact(ImpactSection securityImpact) {
            this.securityImpact = securityImpact;
            return this;
        }

        public Builder observability(ObservabilitySection observability) {
            this.observability = observability;
            return this;
        }

        public Builder addAssumption(String assumption) {
            assumptions.add(required(assumption, "FeatureSpec.assumptions element"));
            return this;
        }

        public Builder assumptions(List<String> assumptions) {
            this.assumptions.clear();
            assumptions.forEach(this::addAssumption);
            return this;
        }

        public Builder addClarificationSession(ClarificationSession session) {
            clarifications.add(required(session, "FeatureSpec.clarifications element"));
            return this;
        }

        public Builder clarifications(List<ClarificationSession> sessions) {
            clarifications.clear();
            sessions.forEach(this::addClarificationSession);
            return this;
        }

        /**
         * Records {@code entry} in the clarification session of {@code date}: appended to the last one with that
         * date (keeping its topic), or in a new session at the end when there is none, as {@code
         * /speckit.clarify} does.
         */
        public Builder addClarification(String date, Clarification entry) {
            required(date, "ClarificationSession.date");
            required(entry, "ClarificationSession.entries element");
            for (int i = clarifications.size() - 1; i >= 0; i--) {
                if (clarifications.get(i).date().equals(date)) {
                    clarifications.set(i, clarifications.get(i).withEntry(entry));
                    return this;
                }
            }
            clarifications.add(ClarificationSession.of(date, entry));
            return this;
        }

        public Builder addExtraSection(ExtraSection extra) {
            extraSections.add(required(extra, "FeatureSpec.extraSections element"));
            return this;
        }

        public Builder extraSections(List<ExtraSection> extras) {
            extraSections.clear();
            extras.forEach(this::addExtraSection);
            return this;
        }

        /** How the author wrote headings and labels; {@code null} restores the canonical presentation. */
        public Builder presentation(Presentation presentation) {
            this.presentation = presentation == null ? Presentation.EMPTY : presentation;
            return this;
        }

        public FeatureSpec build() {
            return new FeatureSpec(
                    title,
                    Optional.ofNullable(language),
                    Optional.ofNullable(frontMatter),
                    metadata,
                    userStories,
                    edgeCases,
                    functionalRequirements,
                    keyEntities,
                    successCriteria,
                    Optional.ofNullable(apiContract),
                    Optional.ofNullable(configurationImpact),
                    Optional.ofNullable(securityImpact),
                    Optional.ofNullable(observability),
                    assumptions,
                    clarifications,
                    extraSections,
                    presentation);
        }
    }
}
