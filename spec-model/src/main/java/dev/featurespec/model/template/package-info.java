/**
 * The template a spec follows, in one place: its {@linkplain dev.featurespec.model.template.TemplateSection
 * sections}, the {@linkplain dev.featurespec.model.template.Term structural words} of each built-in
 * {@linkplain dev.featurespec.model.template.Language language}, and the {@linkplain
 * dev.featurespec.model.template.Profile profiles} that say which sections a template has and which are
 * mandatory. The parser, the writer and the constraints all read it.
 *
 * <pre>{@code
 * Language english = Languages.english();
 * english.canonical(Term.HEADING_EDGE_CASES);        // "Edge Cases"
 * Profiles.builtIn(Profile.SPECKIT).mandatorySections();
 * }</pre>
 */
package dev.featurespec.model.template;
