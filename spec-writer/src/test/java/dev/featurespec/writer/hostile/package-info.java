/**
 * Hostile-input and fuzz tests of the writers. Tagged {@code hostile}: they run in their own surefire
 * execution with {@code -Xmx256m}.
 */
package dev.featurespec.writer.hostile;
