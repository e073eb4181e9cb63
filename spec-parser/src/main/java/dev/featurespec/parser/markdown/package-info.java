/** The Markdown reader: {@code spec.md} → model, on commonmark-java with source spans. */
package dev.featurespec.parser.markdown;
