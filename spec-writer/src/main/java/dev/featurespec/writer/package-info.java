/**
 * Writers for the featurespec model: canonical Markdown in {@code …writer.markdown}, JSON and YAML in
 * {@code …writer.json}. Writers are immutable and thread-safe, built once with a builder.
 */
package dev.featurespec.writer;
