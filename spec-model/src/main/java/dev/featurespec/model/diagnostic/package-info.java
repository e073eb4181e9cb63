/**
 * What featurespec reports about a spec: {@link dev.featurespec.model.diagnostic.Rule}s with stable ids,
 * {@link dev.featurespec.model.diagnostic.Diagnostic}s with severities and JSON pointers, and the
 * {@link dev.featurespec.model.diagnostic.SourceMap} that ties model elements to 1-based source positions.
 */
package dev.featurespec.model.diagnostic;
