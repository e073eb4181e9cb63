/** The JSON and YAML readers: the featurespec JSON tree → model, on Jackson 3, with safe limits. */
package dev.featurespec.parser.json;
