/**
 * Template profiles (which sections exist, where, and which are mandatory) and languages (the words of
 * headings, labels and Given/When/Then keywords), both loaded from YAML data files.
 */
package dev.featurespec.parser.profile;
