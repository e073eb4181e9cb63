/**
 * A Spec Kit feature folder as a whole: {@link dev.featurespec.folder.FeatureFolder} reads {@code
 * spec.md}, {@code tasks.md}, the checklists and {@code plan.md}; {@link
 * dev.featurespec.folder.Traceability} analyses how they fit together into {@link
 * dev.featurespec.folder.Finding}s and a {@link dev.featurespec.folder.Coverage} list.
 *
 * <pre>{@code
 * for (Path dir : FeatureFolder.find(Path.of("specs"))) {
 *     Analysis analysis = Traceability.create().analyze(FeatureFolder.read(dir));
 *     analysis.findings().forEach(System.out::println);
 * }
 * }</pre>
 */
package dev.featurespec.folder;
