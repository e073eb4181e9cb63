/**
 * The typed form of a feature's checklists ({@code checklists/*.md}): a {@link
 * dev.featurespec.model.checklist.Checklist} of {@link dev.featurespec.model.checklist.Category}s holding
 * {@link dev.featurespec.model.checklist.ChecklistItem}s, whose bracketed tags and {@code §} {@link
 * dev.featurespec.model.checklist.Reference}s are derived from their text. Immutable records with
 * builders; text fields hold Markdown source as written.
 *
 * <pre>{@code
 * ChecklistItem item = ChecklistItem.of("CHK003", "Is overlap resolution defined? [Clarity, Spec §FR-003]");
 * item.references().get(0).target();   // FR-003
 * }</pre>
 */
package dev.featurespec.model.checklist;
