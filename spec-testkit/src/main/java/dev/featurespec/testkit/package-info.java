/**
 * Test support shared by the featurespec modules: {@link dev.featurespec.testkit.Corpus} finds the
 * shared Spec Kit corpus (tests skip when it is absent), {@link dev.featurespec.testkit.GoldenCase} walks
 * the repository's {@code testdata/} and {@link dev.featurespec.testkit.GoldenFiles} checks or rewrites
 * its expected files, {@link dev.featurespec.testkit.Fixtures} holds the hand-built specs the tests
 * share, {@link dev.featurespec.testkit.SpecGenerator} generates seeded random specs, and
 * {@link dev.featurespec.testkit.SchemaAssert} checks emitted JSON and YAML against the schema.
 */
package dev.featurespec.testkit;
