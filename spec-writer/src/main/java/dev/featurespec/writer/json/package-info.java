/** The JSON and YAML writers, in the shape of the published JSON Schema. */
package dev.featurespec.writer.json;
