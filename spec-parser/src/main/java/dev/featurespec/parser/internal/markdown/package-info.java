/**
 * The Markdown reader's parts: {@link dev.featurespec.parser.internal.markdown.DocumentReader} walks the
 * top-level blocks of a commonmark document; {@link dev.featurespec.parser.internal.markdown.HeadingClassifier}
 * tells what each heading is; the {@link dev.featurespec.parser.internal.markdown.Outline} keeps the open
 * sections; one {@link dev.featurespec.parser.internal.markdown.SectionReader} per kind of section turns its
 * blocks into typed content; {@link dev.featurespec.parser.internal.markdown.AssemblyContext} holds what
 * they share (source, diagnostics, source map). {@link dev.featurespec.parser.internal.markdown.TopLevelChunks}
 * parses a large document in pieces, each read before the next is parsed. <strong>Not API</strong>: not exported, may change in any
 * release.
 */
package dev.featurespec.parser.internal.markdown;
