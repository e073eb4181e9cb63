/** The canonical Markdown writer, in the seed template's layout. */
package dev.featurespec.writer.markdown;
