/**
 * Not API: the subcommands, file discovery, configuration, report formats and atomic file writing behind
 * {@link dev.featurespec.cli.FeatureSpecCommand}. May change in any release.
 */
package dev.featurespec.cli.internal;
