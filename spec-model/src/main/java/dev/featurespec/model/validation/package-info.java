/**
 * Bean Validation constraints over the model, their validators, the {@code ReadyForPlanning} group and
 * the {@code SpecValidator} facade that turns violations into diagnostics.
 */
package dev.featurespec.model.validation;
