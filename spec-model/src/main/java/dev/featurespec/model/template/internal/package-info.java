/**
 * The template's data files and the syntax rules the parser and the writer share: the compiled
 * vocabulary of a set of languages and the recognisers both directions call. <strong>Not API</strong>:
 * exported only to featurespec's own modules, and may change in any release.
 */
package dev.featurespec.model.template.internal;
