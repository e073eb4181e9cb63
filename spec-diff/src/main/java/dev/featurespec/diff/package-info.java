/**
 * Semantic diff of feature specifications. {@link dev.featurespec.diff.SpecDiffer} compares two {@link
 * dev.featurespec.model.FeatureSpec}s and returns a {@link dev.featurespec.diff.SpecDiff}: typed {@link
 * dev.featurespec.diff.Change}s (added, removed, changed, moved) with JSON pointers, ids, the fields that
 * differ and {@link dev.featurespec.diff.Significance}s such as breaking, stricter or clarified.
 *
 * <pre>{@code
 * SpecDiff diff = SpecDiff.between(oldSpec, newSpec);
 * diff.changes().forEach(c -> System.out.println(c.summary()));
 * }</pre>
 */
package dev.featurespec.diff;
