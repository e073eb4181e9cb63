package dev.featurespec.model;

import static dev.featurespec.model.internal.Checks.list;
import static dev.featurespec.model.internal.Checks.optional;
import static dev.featurespec.model.internal.Checks.required;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.model.validation.AnchoredExtraSections;
import dev.featurespec.model.validation.ClarificationLimit;
import dev.featurespec.model.validation.HasP1Story;
import dev.featurespec.model.validation.MandatorySections;
import dev.featurespec.model.validation.NoOpenClarifications;
import dev.featurespec.model.validation.NoPlaceholders;
import dev.featurespec.model.validation.NotBlankText;
import dev.featurespec.model.validation.Payloads;
import dev.featurespec.model.validation.ReadyForPlanning;
import dev.featurespec.model.validation.UniqueIds;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
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
    "extraSections"
})
@JsonIgnoreProperties(
        value = {"formatVersion"},
        allowGetters = true)
@UniqueIds
@NoPlaceholders(payload = Payloads.Warning.class)
@NoPlaceholders(groups = ReadyForPlanning.class)
@ClarificationLimit
@NoOpenClarifications(groups = ReadyForPlanning.class)
@HasP1Story(payload = Payloads.Warning.class)
@MandatorySections(groups = ReadyForPlanning.class)
@AnchoredExtraSections(payload = Payloads.Warning.class)
public record FeatureSpec(
        @JsonInclude(JsonInclude.Include.ALWAYS) String title,
        Optional<String> language,
        Optional<String> frontMatter,

        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Metadata.EmptyFilter.class) @Valid
        Metadata metadata,

        List<@Valid UserStory> userStories,
        List<@NotBlankText(what = "edge case") String> edgeCases,
        List<@Valid Requirement> functionalRequirements,
        List<@Valid KeyEntity> keyEntities,
        List<@Valid SuccessCriterion> successCriteria,
        Optional<ApiContractSection> apiContract,
        Optional<ImpactSection> configurationImpact,
        Optional<ImpactSection> securityImpact,
        Optional<ObservabilitySection> observability,
        List<@NotBlankText(what = "assumption") String> assumptions,
        List<@Valid ClarificationSession> clarifications,
        List<ExtraSection> extraSections) {

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
        return b;
    }

    /** Builds a {@link FeatureSpec}; not thread-safe. {@code add…} methods append in order. */
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

        public Builder addClarificationSession(ClarificationSession session) {
            clarifications.add(required(session, "FeatureSpec.clarifications element"));
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
                    extraSections);
        }
    }
}
