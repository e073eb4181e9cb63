/**
 * The Markdown reader's parts: how a commonmark document becomes a {@code FeatureSpec}, section by
 * section. <strong>Not API</strong>: not exported, may change in any release.
 */
package dev.featurespec.parser.internal.markdown;
