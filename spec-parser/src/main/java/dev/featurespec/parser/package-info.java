/** Reads Spec Kit feature specifications from Markdown (commonmark-java), JSON and YAML (Jackson 3) into the featurespec model, with positioned diagnostics. */
package dev.featurespec.parser;
