/**
 * The typed form of a Spec Kit feature specification. {@link dev.featurespec.model.FeatureSpec} is the
 * root; every type is an immutable record, big aggregates have builders, and text fields hold Markdown
 * source as written.
 *
 * <pre>{@code
 * FeatureSpec spec = FeatureSpec.builder("Checkout")
 *         .addFunctionalRequirement(Requirement.of("FR-001", "System MUST accept cards."))
 *         .build();
 * }</pre>
 */
package dev.featurespec.model;
