/** Writes the featurespec model as canonical Markdown, JSON and YAML, and publishes the JSON Schema. */
package dev.featurespec.writer;
