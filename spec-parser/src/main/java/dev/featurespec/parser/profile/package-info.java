/**
 * Reads a user's own template profile or language from a YAML file, into the template types of {@code
 * dev.featurespec.model.template}; the built-in profiles and languages are there already. See {@code
 * docs/profiles.md} for both file formats.
 */
package dev.featurespec.parser.profile;
