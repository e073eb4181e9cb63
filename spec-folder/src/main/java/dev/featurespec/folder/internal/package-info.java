/**
 * The traceability analysis behind {@link dev.featurespec.folder.Traceability}: indexes of what the spec
 * declares and what tasks and checklist items cite, and one class per check. <strong>Not API</strong>: not
 * exported, may change in any release.
 */
package dev.featurespec.folder.internal;
