/**
 * What every writer shares: {@link dev.featurespec.writer.internal.YamlQuoting}, the quoting that keeps
 * every YAML string a string in any YAML reader. The spec's Markdown layout is in {@code
 * writer.internal.layout}, low-level Markdown output in {@code writer.internal.markdown}, and the feature
 * folder's writers' parts in {@code writer.internal.folder}. <strong>Not API</strong>: not exported, may
 * change in any release.
 */
package dev.featurespec.writer.internal;
