/** Implementation of the readers. <strong>Not API</strong>: not exported, may change in any release. */
package dev.featurespec.parser.internal;
