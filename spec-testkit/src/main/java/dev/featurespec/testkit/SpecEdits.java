package dev.featurespec.testkit;

import static dev.featurespec.testkit.EditTexts.normalize;
import static dev.featurespec.testkit.EditTexts.unique;

import dev.featurespec.model.AcceptanceScenario;
import dev.featurespec.model.ApiContractSection;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.ImpactSection;
import dev.featurespec.model.KeyEntity;
import dev.featurespec.model.Metadata;
import dev.featurespec.model.ObservabilitySection;
import dev.featurespec.model.Priority;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.RequirementLevel;
import dev.featurespec.model.SuccessCriterion;
import dev.featurespec.model.UserStory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;

/**
 * Seeded random edits of a spec, recorded in a semantic diff's terms, for testing a diff: the diff of
 * {@link Edited#before()} and {@link Edited#after()} must report exactly {@link Edited#edits()}.
 *
 * <p>Edits touch every part of the model: the title and metadata (status, a new line), stories (a new
 * one inserted with the following ones renumbered, one removed with the following ones renumbered, one
 * appended, priorities, descriptions), scenarios, edge cases, requirements (added, removed, reworded,
 * level changed, moved), key entities, success criteria, the four extended sections (appearing,
 * disappearing, statements added, removed, reworded, moved, a breaking API statement), assumptions,
 * clarifications (a new session, a new Q/A, an answer changed) and extra sections. Only elements the diff
 * can attribute without ambiguity are edited (ids, keys and word sets unique in their list), new texts
 * are made of fresh words no spec holds ({@code qzbxkf}), a reworded text gains one fresh word, and a
 * move crosses at least two elements; so the expected edits are exactly what a correct diff reports.
 *
 * <pre>{@code
 * SpecEdits.Edited edited = new SpecEdits(7).apply(spec);
 * SpecDiff diff = SpecDiff.between(edited.before(), edited.after());
 * }</pre>
 *
 * <p>Not thread-safe: give each thread its own instance.
 */
public final class SpecEdits {
    /**
     * One edit, as a semantic diff reports it.
     *
     * @param kind {@code added}, {@code removed}, {@code changed} or {@code moved}
     * @param element the element type's JSON name, e.g. {@code functionalRequirement}
     * @param before the element's JSON pointer in the old spec, empty when added
     * @param after the element's JSON pointer in the new spec, empty when removed
     * @param significance significances the change must have (it may have more), e.g. {@code stricter}
     */
    public record Edit(
            String kind, String element, Optional<String> before, Optional<String> after, Set<String> significance) {
        public Edit {
            Objects.requireNonNull(kind, "Edit.kind must not be null");
            Objects.requireNonNull(element, "Edit.element must not be null");
            significance = Set.copyOf(significance);
        }

        /** {@code kind element before -> after}. */
        public String key() {
            return kind + " " + element + " " + before.orElse("-") + " -> " + after.orElse("-");
        }
    }

    /**
     * A spec, its edited copy and the edits made.
     *
     * @param before the spec given
     * @param after the edited spec
     * @param edits the edits, one per element touched
     */
    public record Edited(FeatureSpec before, FeatureSpec after, List<Edit> edits) {
        public Edited {
            edits = List.copyOf(edits);
        }
    }

    private static final String[] KEYWORDS = {"MUST", "SHOULD", "MAY", "MUST NOT"};
    private static final String[] STATUSES = {"Approved", "In Review", "Superseded"};
    private final Fresh fresh;
    private final SectionEdits sections;

    /** Edits chosen by {@code seed}; each element is edited with a chance of 12%. */
    public SpecEdits(long seed) {
        this.fresh = new Fresh(seed);
        this.sections = new SectionEdits(fresh);
    }

    /** The chance, in percent, that an edit is made at each opportunity. */
    public SpecEdits rate(int percent) {
        fresh.rate(percent);
        return this;
    }

    /** Edits {@code spec}. */
    public Edited apply(FeatureSpec spec) {
        List<Edit> edits = new ArrayList<>();
        String title = spec.title();
        if (fresh.chance()) {
            // an empty title is none: giving one is an addition
            edits.add(
                    title.isEmpty()
                            ? new Edit("added", "title", Optional.empty(), Optional.of("/title"), Set.of())
                            : changed("title", "/title"));
            title = (title + " " + fresh.word()).strip();
        }
        return new Edited(
                spec,
                new FeatureSpec(
                        title,
                        spec.language(),
                        spec.frontMatter(),
                        metadata(spec.metadata(), edits),
                        stories(spec.userStories(), edits),
                        strings(spec.edgeCases(), "/edgeCases", "edgeCase", edits),
                        requirements(spec.functionalRequirements(), edits),
                        entities(spec.keyEntities(), edits),
                        criteria(spec.successCriteria(), edits),
                        sections.section(
                                spec.apiContract(),
                                "apiContract",
                                ApiContractSection::statements,
                                ApiContractSection::new,
                                edits),
                        sections.section(
                                spec.configurationImpact(),
                                "configurationImpact",
                                ImpactSection::statements,
                                ImpactSection::new,
                                edits),
                        sections.section(
                                spec.securityImpact(),
                                "securityImpact",
                                ImpactSection::statements,
                                ImpactSection::new,
                                edits),
                        sections.section(
                                spec.observability(),
                                "observability",
                                ObservabilitySection::statements,
                                ObservabilitySection::new,
                                edits),
                        strings(spec.assumptions(), "/assumptions", "assumption", edits),
                        sections.sessions(spec.clarifications(), edits),
                        sections.extras(spec.extraSections(), edits),
                        // edits change content, not how the author wrote the headings
                        spec.presentation()),
                edits);
    }

    private static Edit changed(String element, String pointer) {
        return new Edit("changed", element, Optional.of(pointer), Optional.of(pointer), Set.of());
    }

    private Metadata metadata(Metadata m, List<Edit> edits) {
        Optional<String> status = m.status();
        if (fresh.chance()) {
            String now = STATUSES[fresh.random().nextInt(STATUSES.length)] + " " + fresh.word();
            edits.add(
                    status.isPresent()
                            ? changed("metadata", "/metadata/status")
                            : new Edit(
                                    "added", "metadata", Optional.empty(), Optional.of("/metadata/status"), Set.of()));
            status = Optional.of(now);
        }
        Map<String, String> other = new LinkedHashMap<>(m.other());
        if (fresh.chance()) {
            String key = "Reviewer " + fresh.word();
            other.put(key, fresh.words(2));
            edits.add(new Edit("added", "metadata", Optional.empty(), Optional.of("/metadata/other/" + key), Set.of()));
        }
        return new Metadata(m.featureBranch(), m.created(), status, m.input(), other);
    }

    // ---- stories and scenarios

    private List<UserStory> stories(List<UserStory> stories, List<Edit> edits) {
        ListEdit<UserStory> plan = new ListEdit<>(stories, "/userStories", "/userStories", "userStory");
        boolean[] ok = unique(stories, UserStory::title, s -> normalize(s.title()), s -> s.number());
        boolean sequential = true;
        for (int i = 0; i < stories.size(); i++) {
            sequential &= stories.get(i).number() == i + 1 && ok[i];
        }
        if (sequential && fresh.chance()) {
            // a story inserted or removed in the middle, the following ones renumbered
            int k = fresh.random().nextInt(stories.size() + 1);
            boolean insert = k == stories.size() || fresh.random().nextBoolean();
            if (insert) {
                plan.insertAfter(k - 1, newStory(k + 1));
            } else {
                UserStory gone = stories.get(k);
                plan.remove(
                        k,
                        gone.priority().map(p -> p.rank() <= 1).orElse(false)
                                ? new String[] {"breaking"}
                                : new String[0]);
            }
            for (int i = insert ? k : k + 1; i < stories.size(); i++) {
                UserStory s = stories.get(i);
                int number = s.number() + (insert ? 1 : -1);
                // a label as written (US-003) holds the number too: it follows, as an author renumbering would
                String label = s.label()
                        .filter(l -> l.endsWith(String.valueOf(s.number())))
                        .map(l -> l.substring(
                                        0,
                                        l.length() - String.valueOf(s.number()).length())
                                + number)
                        .orElse(null);
                UserStory.Builder renumbered = s.toBuilder().number(number);
                if (label != null) {
                    renumbered.label(label);
                }
                plan.renumber(i, renumbered.build());
            }
        } else if (fresh.chance()) {
            int max = stories.stream().mapToInt(UserStory::number).max().orElse(0);
            plan.append(newStory(max + 1));
        }
        for (int i = 0; i < stories.size(); i++) {
            if (!ok[i] || !plan.untouched(i) || !fresh.chance()) {
                continue;
            }
            UserStory s = stories.get(i);
            if (fresh.random().nextBoolean()) {
                int old = s.priority().map(Priority::rank).orElse(Integer.MAX_VALUE);
                int now = fresh.random().nextInt(4);
                if (now == old) {
                    now = (now + 1) % 4;
                }
                plan.replace(i, s.toBuilder().priority(Priority.of(now)).build(), now < old ? "promoted" : "demoted");
            } else {
                String d = s.description().map(t -> t + " " + fresh.word()).orElse(fresh.words(3));
                plan.replace(i, s.toBuilder().description(d).build());
            }
        }
        List<UserStory> out = new ArrayList<>(plan.result());
        plan.edits(edits);
        for (int i = 0; i < stories.size(); i++) {
            int j = plan.afterIndex(i);
            if (j >= 0) {
                UserStory s = out.get(j);
                List<AcceptanceScenario> scenarios = scenarios(
                        s.acceptanceScenarios(),
                        "/userStories/" + i + "/acceptanceScenarios",
                        "/userStories/" + j + "/acceptanceScenarios",
                        edits);
                out.set(j, s.toBuilder().acceptanceScenarios(scenarios).build());
            }
        }
        return out;
    }

    private UserStory newStory(int number) {
        return UserStory.builder(number, fresh.words(3))
                .priority(Priority.of(2))
                .description(fresh.words(6))
                .addAcceptanceScenario(AcceptanceScenario.of(fresh.words(2), fresh.words(2), fresh.words(2)))
                .build();
    }

    private List<AcceptanceScenario> scenarios(
            List<AcceptanceScenario> scenarios, String beforeBase, String afterBase, List<Edit> edits) {
        return similar(
                scenarios,
                beforeBase,
                afterBase,
                "acceptanceScenario",
                SpecEdits::scenarioText,
                s -> {
                    if (s.then().isPresent()) {
                        String w = fresh.word();
                        if (!s.and().isEmpty()) {
                            // the text ends with the last And step: the word goes there, so text and parts agree
                            List<String> and = new ArrayList<>(s.and());
                            and.set(and.size() - 1, and.get(and.size() - 1) + " " + w);
                            return new AcceptanceScenario(s.given(), s.when(), s.then(), and, s.text() + " " + w);
                        }
                        return new AcceptanceScenario(
                                s.given(), s.when(), s.then().map(t -> t + " " + w), s.and(), s.text() + " " + w);
                    }
                    boolean steps = s.given().isPresent()
                            || s.when().isPresent()
                            || !s.and().isEmpty();
                    return steps
                            ? null
                            : new AcceptanceScenario(
                                    s.given(), s.when(), s.then(), s.and(), s.text() + " " + fresh.word());
                },
                () -> AcceptanceScenario.of(fresh.words(2), fresh.words(2), fresh.words(2)),
                edits);
    }

    private static String scenarioText(AcceptanceScenario s) {
        if (s.given().isEmpty()
                && s.when().isEmpty()
                && s.then().isEmpty()
                && s.and().isEmpty()) {
            return s.text();
        }
        return s.given().orElse("") + " " + s.when().orElse("") + " " + s.then().orElse("") + " "
                + String.join(" ", s.and());
    }

    // ---- lists of elements identified by their text

    private List<String> strings(List<String> list, String base, String element, List<Edit> edits) {
        return similar(
                list,
                base,
                base,
                element,
                Function.identity(),
                t -> t + " " + fresh.word(),
                () -> fresh.words(4),
                edits);
    }

    /**
     * Edits a list whose elements the diff pairs by text, then by similarity: some removed, some
     * reworded ({@code reword} gives null when it cannot), one moved, some new ones ({@code newElement})
     * inserted.
     */
    private <T> List<T> similar(
            List<T> list,
            String beforeBase,
            String afterBase,
            String element,
            Function<T, String> text,
            UnaryOperator<T> reword,
            Supplier<T> newElement,
            List<Edit> edits) {
        ListEdit<T> plan = new ListEdit<>(list, beforeBase, afterBase, element);
        boolean[] ok = unique(list, text, t -> normalize(text.apply(t)));
        for (int i = 0; i < list.size(); i++) {
            if (ok[i] && fresh.chance()) {
                T now = fresh.random().nextBoolean() ? reword.apply(list.get(i)) : null;
                if (now != null) {
                    plan.replace(i, now);
                } else {
                    plan.remove(i);
                }
            }
        }
        plan.moveOne(ok, fresh);
        while (fresh.chance()) {
            plan.insert(newElement.get(), fresh.random());
        }
        List<T> out = plan.result();
        plan.edits(edits);
        return out;
    }

    // ---- requirements, criteria, entities

    private final Set<String> ids = new HashSet<>();

    private String newId(String prefix, List<Optional<String>> existing) {
        existing.forEach(id -> id.ifPresent(ids::add));
        String id;
        do {
            id = prefix + (900 + fresh.random().nextInt(9000));
        } while (!ids.add(id));
        return id;
    }

    private List<Requirement> requirements(List<Requirement> list, List<Edit> edits) {
        ListEdit<Requirement> plan =
                new ListEdit<>(list, "/functionalRequirements", "/functionalRequirements", "functionalRequirement");
        boolean[] ok = unique(list, Requirement::text, r -> r.id().orElse(null), r -> normalize(r.text()));
        for (int i = 0; i < list.size(); i++) {
            Requirement r = list.get(i);
            if (!ok[i] || r.id().isEmpty() || !fresh.chance()) {
                continue;
            }
            switch (fresh.random().nextInt(3)) {
                case 0 -> plan.remove(i, mandatory(r.level()) ? new String[] {"looser"} : new String[0]);
                case 1 -> plan.replace(i, withText(r, r.text() + " " + fresh.word()));
                default -> level(plan, i, r);
            }
        }
        plan.moveOne(ok, fresh);
        while (fresh.chance()) {
            String id = newId("FR-", list.stream().map(Requirement::id).toList());
            plan.insert(Requirement.of(id, "System MUST " + fresh.words(3) + "."), fresh.random(), "stricter");
        }
        List<Requirement> out = plan.result();
        plan.edits(edits);
        return out;
    }

    private static boolean mandatory(Optional<RequirementLevel> level) {
        return level.map(l -> EditTexts.strength(l) == 3).orElse(false);
    }

    private static Requirement withText(Requirement r, String text) {
        return new Requirement(r.id(), r.label(), text, r.attributes());
    }

    /** Replaces the first RFC 2119 keyword of requirement {@code i} by another one. */
    private void level(ListEdit<Requirement> plan, int i, Requirement r) {
        Optional<Matcher> found = EditTexts.keyword(r.text());
        if (found.isEmpty() || r.level().isEmpty()) {
            return;
        }
        Matcher m = found.get();
        String keyword = KEYWORDS[fresh.random().nextInt(KEYWORDS.length)];
        if (keyword.equals(m.group(1))) {
            return;
        }
        String text = r.text().substring(0, m.start(1)) + keyword + r.text().substring(m.end(1));
        Requirement now = withText(r, text);
        if (now.level().isEmpty()
                || now.level().get().keyword().equals(r.level().get().keyword())) {
            return;
        }
        plan.replace(i, now, EditTexts.levelChange(r.level().get(), now.level().get()));
    }

    private List<SuccessCriterion> criteria(List<SuccessCriterion> list, List<Edit> edits) {
        ListEdit<SuccessCriterion> plan =
                new ListEdit<>(list, "/successCriteria", "/successCriteria", "successCriterion");
        boolean[] ok = unique(list, SuccessCriterion::text, c -> c.id().orElse(null), c -> normalize(c.text()));
        for (int i = 0; i < list.size(); i++) {
            SuccessCriterion c = list.get(i);
            if (ok[i] && c.id().isPresent() && fresh.chance()) {
                if (fresh.random().nextBoolean()) {
                    plan.remove(i);
                } else {
                    plan.replace(
                            i, new SuccessCriterion(c.id(), c.text() + " " + fresh.word(), c.attributes(), c.marker()));
                }
            }
        }
        plan.moveOne(ok, fresh);
        while (fresh.chance()) {
            String id = newId("SC-", list.stream().map(SuccessCriterion::id).toList());
            plan.insert(SuccessCriterion.of(id, fresh.words(4)), fresh.random());
        }
        List<SuccessCriterion> out = plan.result();
        plan.edits(edits);
        return out;
    }

    private List<KeyEntity> entities(List<KeyEntity> list, List<Edit> edits) {
        ListEdit<KeyEntity> plan = new ListEdit<>(list, "/keyEntities", "/keyEntities", "keyEntity");
        boolean[] ok = unique(list, e -> e.name() + " " + e.description(), e -> normalize(e.name()));
        for (int i = 0; i < list.size(); i++) {
            KeyEntity e = list.get(i);
            if (ok[i] && fresh.chance()) {
                if (fresh.random().nextBoolean()) {
                    plan.remove(i);
                } else {
                    plan.replace(i, new KeyEntity(e.name(), (e.description() + " " + fresh.word()).strip()));
                }
            }
        }
        plan.moveOne(ok, fresh);
        while (fresh.chance()) {
            plan.insert(new KeyEntity(fresh.words(2), fresh.words(5)), fresh.random());
        }
        List<KeyEntity> out = plan.result();
        plan.edits(edits);
        return out;
    }
}
