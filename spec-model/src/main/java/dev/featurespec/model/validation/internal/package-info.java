/**
 * The direct constraint engine behind {@link dev.featurespec.model.validation.SpecValidator#direct()}:
 * it runs featurespec's own constraint validators over a model object graph the way a Bean Validation
 * provider would (class-level and property constraints in the requested groups, container element
 * constraints, {@code @Valid} cascades), without bootstrapping one. <strong>Not API</strong>: this
 * package is not exported and may change in any release.
 */
package dev.featurespec.model.validation.internal;
