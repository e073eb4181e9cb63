/**
 * Input handling every reader shares: the normalised source text with its line table ({@link
 * dev.featurespec.parser.internal.SourceText}), UTF-8 decoding and size counting ({@link
 * dev.featurespec.parser.internal.Utf8}), bounded reading ({@link dev.featurespec.parser.internal.BoundedInput},
 * {@link dev.featurespec.parser.internal.PairSafeReader}), front matter ({@link
 * dev.featurespec.parser.internal.FrontMatter}), commonmark's span-only inline parsing ({@link
 * dev.featurespec.parser.internal.SpanOnlyInlineParser}), and small YAML data files ({@link
 * dev.featurespec.parser.internal.DataFiles}). The spec's Markdown reader's own parts are in {@code
 * dev.featurespec.parser.internal.markdown}, the feature folder's readers' in {@code
 * dev.featurespec.parser.internal.folder}. <strong>Not API</strong>: not exported, may change in any
 * release.
 */
package dev.featurespec.parser.internal;
