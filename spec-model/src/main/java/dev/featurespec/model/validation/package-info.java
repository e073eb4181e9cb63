/**
 * Bean Validation constraints over the model, their validators, the {@link
 * dev.featurespec.model.validation.ReadyForPlanning} group and the {@link
 * dev.featurespec.model.validation.SpecValidator} facade that turns violations into diagnostics.
 *
 * <pre>{@code
 * List<Diagnostic> problems = SpecValidator.create().validate(spec);                         // a draft
 * List<Diagnostic> blockers = SpecValidator.create().validate(spec, ReadyForPlanning.class); // before /speckit.plan
 * List<Diagnostic> same = SpecValidator.direct().validate(spec);                         // no provider needed
 * }</pre>
 *
 * <p><strong>Portable.</strong> The constraints use only the {@code jakarta.validation} API, so any
 * Bean Validation 3.1 provider checks them, e.g. a Spring application validating {@code @Valid
 * FeatureSpec}. Each constraint annotation names the {@link dev.featurespec.model.diagnostic.Rule} it
 * checks with {@link dev.featurespec.model.validation.ReportsRule}; its severity is its payload ({@link
 * dev.featurespec.model.validation.Payloads.Warning}, {@link
 * dev.featurespec.model.validation.Payloads.Info}, or none for an error). Validators build their own
 * messages, escaped so no provider interpolates the spec's text. {@link
 * dev.featurespec.model.validation.SpecValidator#direct()} runs the same validators without a provider
 * and reports the same diagnostics.
 *
 * <p><strong>Where the constraints sit.</strong> Values inside an {@code Optional} are constrained
 * with type-use annotations ({@code Optional<@RequirementId String> id}), which every provider
 * unwraps with the {@code Optional} value extractor the specification mandates; lists cascade as
 * {@code List<@Valid UserStory>}. Checks that need the whole spec (unique ids, placeholders in any
 * text, clarification markers across the spec, mandatory sections) are class-level constraints on
 * {@link dev.featurespec.model.FeatureSpec} that walk the model without recursion and report each
 * finding at its own node ({@code functionalRequirements[3].id}). Statement trees are not cascaded,
 * so their depth never costs stack.
 *
 * <p><strong>Groups.</strong> {@code Default}: structurally sound; a draft passes. {@link
 * dev.featurespec.model.validation.ReadyForPlanning} adds: no template placeholders (FS108 as an
 * error), no open {@code [NEEDS CLARIFICATION]} markers (FS110), every mandatory section filled
 * (FS114). {@code docs/rules.md} explains every rule.
 */
package dev.featurespec.model.validation;
