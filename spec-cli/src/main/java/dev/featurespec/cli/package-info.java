/**
 * The featurespec command line: {@link dev.featurespec.cli.FeatureSpecCommand} with the subcommands {@code
 * validate}, {@code convert}, {@code fmt}, {@code new} and {@code schema}. See {@code docs/cli.md}.
 */
package dev.featurespec.cli;
