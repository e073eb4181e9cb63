/**
 * The JSON and YAML readers: the featurespec JSON tree, written as JSON ({@link
 * dev.featurespec.parser.json.JsonSpecReader}) or as YAML ({@link
 * dev.featurespec.parser.json.YamlSpecReader}), → model. Both bind the model straight from Jackson 3's
 * streaming parser (no jackson-databind), with positioned diagnostics and safe limits.
 */
package dev.featurespec.parser.json;
