/**
 * What the feature folder's Markdown documents ({@code tasks.md}, {@code checklists/*.md}) share besides
 * their typed items: {@link dev.featurespec.model.document.Note}s (a labelled line such as {@code
 * **Purpose**: …}, or any other block kept as written) and {@link
 * dev.featurespec.model.document.ExtraSection}s (a section that holds no typed item, kept whole). With
 * them a document's model keeps every word of its source, and the writers put each piece back where it
 * stood relative to the typed items.
 *
 * <pre>{@code
 * Note purpose = Note.labelled("Purpose", "Project initialization and basic structure");
 * Note table = Note.of("| Phase | Tasks |\n|---|---|\n| Setup | 3 |").at(2);
 * }</pre>
 */
package dev.featurespec.model.document;
