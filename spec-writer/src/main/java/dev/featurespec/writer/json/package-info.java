/**
 * The JSON and YAML writers, in the shape of the published JSON Schema: {@link
 * dev.featurespec.writer.json.JsonSpecWriter} (Jackson 3's streaming generator) and {@link
 * dev.featurespec.writer.json.YamlSpecWriter} (snakeyaml-engine's emitter), neither needing
 * jackson-databind.
 */
package dev.featurespec.writer.json;
