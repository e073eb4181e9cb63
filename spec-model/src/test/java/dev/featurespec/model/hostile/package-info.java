/**
 * Fuzz tests of the model's derived values. Tagged {@code hostile}: they run in their own surefire
 * execution with {@code -Xmx256m}.
 */
package dev.featurespec.model.hostile;
