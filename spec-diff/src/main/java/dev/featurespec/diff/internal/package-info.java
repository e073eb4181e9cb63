/** Implementation of the diff. <strong>Not API</strong>: not exported, may change in any release. */
package dev.featurespec.diff.internal;
