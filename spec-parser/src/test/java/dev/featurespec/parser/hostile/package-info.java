/**
 * Hostile-input and fuzz tests of the readers. Tagged {@code hostile}: they run in their own surefire
 * execution with {@code -Xmx256m}, so an input that makes a reader allocate in proportion to nesting or
 * expansion fails the build.
 */
package dev.featurespec.parser.hostile;
