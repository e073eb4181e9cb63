/**
 * The Markdown reader: {@code spec.md} → model, on commonmark-java with source spans and GFM tables.
 * {@link dev.featurespec.parser.markdown.MarkdownSpecParser} is the entry point; {@link
 * dev.featurespec.parser.markdown.Suppressions} reads {@code featurespec-disable-next-line} comments
 * for callers that filter other diagnostics. The words it recognises come from the languages and
 * profiles of {@code dev.featurespec.parser.profile}; see {@code docs/profiles.md}.
 */
package dev.featurespec.parser.markdown;
