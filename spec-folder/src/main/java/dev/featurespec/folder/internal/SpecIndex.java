package dev.featurespec.folder.internal;

import dev.featurespec.folder.Coverage;
import dev.featurespec.folder.FeatureFolder;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.SuccessCriterion;
import dev.featurespec.model.UserStory;
import dev.featurespec.model.template.Language;
import dev.featurespec.model.template.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a feature folder's spec declares, for looking citations up: its user stories ({@code US2}), its
 * requirement and criterion ids (compared by {@link IdKeys#key}), and the headings of {@code spec.md} and
 * {@code plan.md}. Not API.
 */
public final class SpecIndex {
    /** A declared story, requirement or criterion and where the spec declares it. */
    public record Declared(String id, Coverage.Kind kind, String pointer, Optional<String> text) {}

    private final List<Declared> declared = new ArrayList<>();
    private final Map<String, Declared> byKey = new HashMap<>();
    private final Set<String> criterionPrefixes = new HashSet<>();
    private final Set<String> prefixes = new HashSet<>();
    private final Headings specHeadings;
    private final Optional<Headings> planHeadings;

    /** The index of {@code folder}'s spec, with the criterion prefixes of {@code languages}. */
    public SpecIndex(FeatureFolder folder, List<Language> languages) {
        FeatureSpec spec = folder.spec().document();
        for (int i = 0; i < spec.userStories().size(); i++) {
            UserStory s = spec.userStories().get(i);
            add(
                    new Declared("US" + s.number(), Coverage.Kind.STORY, "/userStories/" + i, Optional.of(s.title())),
                    "US" + s.number());
        }
        for (int i = 0; i < spec.functionalRequirements().size(); i++) {
            Requirement r = spec.functionalRequirements().get(i);
            int index = i;
            r.id().flatMap(IdKeys::key)
                    .ifPresent(key -> add(
                            new Declared(
                                    r.id().get(),
                                    Coverage.Kind.REQUIREMENT,
                                    "/functionalRequirements/" + index,
                                    Optional.of(r.text())),
                            key));
        }
        for (int i = 0; i < spec.successCriteria().size(); i++) {
            SuccessCriterion c = spec.successCriteria().get(i);
            int index = i;
            c.id().flatMap(IdKeys::key).ifPresent(key -> {
                add(
                        new Declared(
                                c.id().get(),
                                Coverage.Kind.CRITERION,
                                "/successCriteria/" + index,
                                Optional.of(c.text())),
                        key);
                criterionPrefixes.add(IdKeys.prefix(c.id().get()));
            });
        }
        for (Language l : languages) {
            for (String p : l.words(Term.CRITERION_PREFIX)) {
                criterionPrefixes.add(p.toUpperCase(Locale.ROOT));
            }
            for (String p : l.words(Term.REQUIREMENT_PREFIX)) {
                prefixes.add(p.toUpperCase(Locale.ROOT));
            }
        }
        prefixes.addAll(criterionPrefixes);
        for (Declared d : declared) {
            if (d.kind() != Coverage.Kind.STORY) {
                prefixes.add(IdKeys.prefix(d.id()));
            }
        }
        specHeadings = Headings.of(folder.spec().text());
        planHeadings = folder.plan().map(p -> Headings.of(p.text()));
    }

    private void add(Declared d, String key) {
        if (byKey.putIfAbsent(key, d) == null) {
            declared.add(d);
        }
    }

    /** Every declared story, requirement and criterion: stories first, then requirements, then criteria. */
    public List<Declared> declared() {
        return declared;
    }

    /** The declared story, requirement or criterion {@code id} names ({@code US2}, {@code FR-1} for {@code FR-001}). */
    public Optional<Declared> find(String id) {
        Optional<String> story = IdKeys.story(id);
        if (story.isPresent()) {
            return Optional.ofNullable(byKey.get(story.get()));
        }
        return IdKeys.key(id).map(byKey::get);
    }

    /**
     * Whether {@code text} is an id rather than a section name: a story ({@code US2}) or an id with a
     * requirement or criterion prefix of the languages or of the spec ({@code FR-004}, {@code RF-2}).
     */
    public boolean isId(String text) {
        return IdKeys.story(text).isPresent()
                || (IdKeys.key(text).isPresent() && prefixes.contains(IdKeys.prefix(text)));
    }

    /** Whether {@code text} is a range of ids, {@code SC-001..SC-003} or {@code FR-004–FR-006}. */
    public boolean isRange(String text) {
        String[] ends = text.split("\\s*(?:\\.{2,3}|…|[–—~～〜]|\\bto\\b)\\s*", -1);
        return ends.length == 2 && isId(ends[0]) && isId(ends[1]);
    }

    /** What an id that the spec may not declare names, by its form and prefix. */
    public Coverage.Kind kindOf(String id) {
        if (IdKeys.story(id).isPresent()) {
            return Coverage.Kind.STORY;
        }
        return criterionPrefixes.contains(IdKeys.prefix(id)) ? Coverage.Kind.CRITERION : Coverage.Kind.REQUIREMENT;
    }

    /** The comparison key of a cited id: {@code US2} for stories, {@link IdKeys#key} otherwise. */
    public static String keyOf(String id) {
        return IdKeys.story(id).orElseGet(() -> IdKeys.key(id).orElse(id));
    }

    /** Whether the spec declares stories at all. */
    public boolean hasStories() {
        return declared.stream().anyMatch(d -> d.kind() == Coverage.Kind.STORY);
    }

    /** The stories the spec declares, as {@code US1, US2}. */
    public String storyList() {
        return String.join(
                ", ",
                declared.stream()
                        .filter(d -> d.kind() == Coverage.Kind.STORY)
                        .map(Declared::id)
                        .toList());
    }

    /** Whether {@code spec.md} has a heading {@code reference} names. */
    public boolean specHasSection(String reference) {
        return specHeadings.has(reference);
    }

    /** Whether {@code plan.md} exists and has a heading {@code reference} names. */
    public boolean planHasSection(String reference) {
        return planHeadings.map(h -> h.has(reference)).orElse(false);
    }

    /** Whether the folder has a {@code plan.md}. */
    public boolean hasPlan() {
        return planHeadings.isPresent();
    }
}
