/**
 * Writing an edited spec back onto the text it was read from, changing only the lines of the elements
 * that changed: {@link dev.featurespec.writer.internal.faithful.FaithfulWriter} compares the two specs
 * element by element, and turns each difference into a {@link dev.featurespec.writer.internal.faithful.Patch}
 * on the original lines: a field replaced inside its element's own text, an element rendered like its
 * siblings and inserted after them, an element's lines taken out. A section
 * whose edit has no place among its elements is written again alone, canonically, in its own lines or
 * where the template puts it ({@link dev.featurespec.writer.internal.faithful.Sections}). Not API.
 */
package dev.featurespec.writer.internal.faithful;
