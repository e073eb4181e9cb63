/**
 * The template's layout and one writer per section kind. {@link
 * dev.featurespec.writer.internal.layout.TemplateLayout} walks the template's sections in order and asks
 * the section writer of each to write its content; each section writer also renders its elements one at
 * a time (one requirement, one scenario, one clarification, …) in a {@link
 * dev.featurespec.writer.internal.layout.MarkdownStyle}, the author's choices the model does not record.
 * <strong>Not API</strong>: not exported, may change in any release.
 */
package dev.featurespec.writer.internal.layout;
