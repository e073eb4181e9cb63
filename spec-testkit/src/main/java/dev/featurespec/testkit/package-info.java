/**
 * Test support: {@link dev.featurespec.testkit.Corpus} finds the shared Spec Kit corpus (tests skip when
 * it is absent).
 */
package dev.featurespec.testkit;
