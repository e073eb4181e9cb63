/**
 * What every featurespec reader returns: a {@link dev.featurespec.parser.ParseResult} with the spec, its
 * diagnostics and its source map, and the one exception strict mode throws. The readers themselves live
 * in {@code …parser.markdown} and {@code …parser.json}; profiles and languages in {@code
 * …parser.profile}.
 */
package dev.featurespec.parser;
