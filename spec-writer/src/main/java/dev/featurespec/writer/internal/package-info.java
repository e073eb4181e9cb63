/** Implementation of the writers. <strong>Not API</strong>: not exported, may change in any release. */
package dev.featurespec.writer.internal;
