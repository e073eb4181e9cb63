/**
 * Helpers shared by the model's records and validators. <strong>Not API</strong>: this package is not
 * exported and may change in any release.
 */
package dev.featurespec.model.internal;
