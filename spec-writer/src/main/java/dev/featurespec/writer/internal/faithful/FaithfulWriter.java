package dev.featurespec.writer.internal.faithful;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.diagnostic.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes an edited spec onto the text its base was read from. When nothing changed the text comes back
 * as it is, byte for byte. Otherwise each part of the spec is compared with the base's, and each
 * difference becomes a patch on the lines of the element it concerns (see {@link ListPatcher}); every
 * other line keeps its bytes.
 *
 * <pre>{@code
 * Optional<String> text = FaithfulWriter.write(base, edited);
 * }</pre>
 */
public final class FaithfulWriter {
    private FaithfulWriter() {}

    /**
     * The base text with {@code edited}'s differences patched in, or empty when an edit cannot be placed
     * in it (a part this writer does not patch changed, or an element appears where the base has none of
     * its kind).
     */
    public static Optional<String> write(SourceDocument base, FeatureSpec edited) {
        Objects.requireNonNull(base, "base must not be null");
        Objects.requireNonNull(edited, "edited must not be null");
        FeatureSpec old = base.spec();
        if (edited.equals(old)) {
            return Optional.of(base.text());
        }
        try {
            return Optional.of(patch(base, old, edited));
        } catch (Unplaceable e) {
            return Optional.empty();
        }
    }

    private static String patch(SourceDocument base, FeatureSpec old, FeatureSpec edited) {
        same(old.language(), edited.language(), "language");
        same(old.frontMatter(), edited.frontMatter(), "front matter");
        same(old.apiContract(), edited.apiContract(), "API contract");
        same(old.configurationImpact(), edited.configurationImpact(), "configuration impact");
        same(old.securityImpact(), edited.securityImpact(), "security impact");
        same(old.observability(), edited.observability(), "observability");
        same(old.extraSections(), edited.extraSections(), "extra sections");
        // with no story left, an extra section anchored after the stories reads as anchored to their section
        emptied(old.userStories(), edited.userStories(), "stories");
        Source source = new Source(base);
        Styles styles = new Styles(old, source);
        List<Patch> patches = new ArrayList<>();
        new MetadataPatcher(source, styles).patch(old, edited, patches);
        ListPatcher.patch(source, old.userStories(), edited.userStories(), new StoryKind(source, styles), patches);
        ListPatcher.patch(
                source, old.edgeCases(), edited.edgeCases(), ItemKinds.texts(source, styles, "/edgeCases"), patches);
        ListPatcher.patch(
                source,
                old.functionalRequirements(),
                edited.functionalRequirements(),
                ItemKinds.requirements(source, styles),
                patches);
        ListPatcher.patch(
                source, old.keyEntities(), edited.keyEntities(), ItemKinds.keyEntities(source, styles), patches);
        ListPatcher.patch(
                source, old.successCriteria(), edited.successCriteria(), ItemKinds.criteria(source, styles), patches);
        ListPatcher.patch(
                source,
                old.assumptions(),
                edited.assumptions(),
                ItemKinds.texts(source, styles, "/assumptions"),
                patches);
        ListPatcher.patch(
                source, old.clarifications(), edited.clarifications(), new SessionKind(source, styles), patches);
        return source.lines().apply(patches);
    }

    private static void emptied(List<?> before, List<?> after, String what) {
        if (!before.isEmpty() && after.isEmpty()) {
            throw new Unplaceable("every one of the " + what + " removed");
        }
    }

    private static void same(Object before, Object after, String what) {
        if (!before.equals(after)) {
            throw new Unplaceable(what + " changed");
        }
    }
}
