package dev.featurespec.testkit;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.KeyEntity;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.SuccessCriterion;
import dev.featurespec.model.UserStory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Puts hostile text into one text field of a spec, as a JSON document could: a story description that
 * holds {@code \n\n### User Story 2 - Injected (Priority: P0)}, a title with a line break, a requirement
 * whose text opens a section. The injection law: such a spec either does not validate clean (the field
 * is reported, rule FS120) or its Markdown reads back as the same spec.
 *
 * <pre>{@code
 * FeatureSpec hostile = TextInjection.Field.STORY_DESCRIPTION.inject(spec, TextInjection.HOSTILE.get(0));
 * }</pre>
 */
public final class TextInjection {
    /** Texts that would start or end structure where the writer puts them, or stay inline. */
    public static final List<String> HOSTILE = List.of(
            "\n\n### User Story 2 - Injected (Priority: P0)\n\nEvil.",
            "Cut\ntitle",
            "\n# Heading",
            "## Requirements\n\n- **FR-009**: injected",
            "\n- item",
            "\n\n- item",
            "\n> quote",
            "\n\n> quote",
            "\n| a | b |\n|---|---|\n| c | d |",
            "\n\n**Why this priority**: injected",
            "\n\n**Independent Test**: injected",
            "\n---\n",
            "\n\n---\n\nafter a rule",
            "\n\n",
            "\n```\ncode\n```",
            "\n1. one",
            "\n2) two",
            "\n=====",
            "\n[x]: https://example.com",
            "**bold** and [link](https://example.com) # | > -",
            "\n<!-- comment -->",
            "\n\n### Session 2026-01-01\n\n- Q: injected? → A: yes",
            // a line of only spaces, which a list item's text reads back without (a Jazzer finding)
            "\n   \nafter spaces",
            // two blank lines, which the parser keeps as one between a description's paragraphs
            "\n\n\nthree breaks",
            "\n\n<!-- c -->",
            // a label a story takes as its own wherever it stands
            "\n\n**Acceptance Scenarios**:",
            // a paragraph that opens with a Given step (Russian here) reads as a scenario (a Jazzer finding)
            "\n\nДано a kettle",
            "\n\n- **Given** a kettle, **When** it boils, **Then** it whistles",
            // a fence or comment left open, which takes in the rest of the document (a Jazzer finding)
            "```#",
            "\n\n<!-- open",
            // blank space at the end of a paragraph but the last, which the parser trims (a Jazzer finding)
            "  \n\nnext paragraph",
            // pipes, plain, in code and escaped, which a table cell does not keep as written
            "a|b `x|y` \\|",
            // a run of '#' at the end of a heading, which Markdown reads as its closing sequence (a Jazzer finding)
            "Release #",
            // escaped pipes, which a table cell keeps as written
            "Fast \\| cheap");

    private TextInjection() {}

    /**
     * A base spec to inject into and then give {@linkplain #withItemTables item tables}: only what a table
     * row can hold, every requirement and criterion with an id, on one line and without {@code |}, so that
     * whatever FS120 reports comes from the injected text.
     *
     * <pre>{@code
     * FeatureSpec hostile = TextInjection.withItemTables(
     *         Field.REQUIREMENT_TEXT.inject(TextInjection.tableReady(base), "\nInjected"));
     * }</pre>
     */
    public static FeatureSpec tableReady(FeatureSpec spec) {
        return spec.toBuilder()
                .functionalRequirements(spec.functionalRequirements().stream()
                        .filter(r -> r.id().isPresent())
                        .map(r -> new Requirement(r.id(), r.label(), cell(r.text()), cells(r.attributes())))
                        .toList())
                .successCriteria(spec.successCriteria().stream()
                        .filter(c -> c.id().isPresent())
                        .map(c -> new SuccessCriterion(c.id(), cell(c.text()), cells(c.attributes()), c.marker()))
                        .toList())
                .build();
    }

    /** {@code text} on one line and without {@code |}, which a table cell does not keep. */
    private static String cell(String text) {
        return text.replaceAll("\\s*\n\\s*", " ").replace('|', '/');
    }

    private static Map<String, String> cells(Map<String, String> attributes) {
        Map<String, String> out = new LinkedHashMap<>();
        attributes.forEach((k, v) -> out.put(cell(k), cell(v)));
        return out;
    }

    /**
     * {@code spec} with an attribute on every requirement and criterion, so that the Markdown writer puts
     * them in tables, and without their labels and list markers, which a table row has no place for.
     */
    public static FeatureSpec withItemTables(FeatureSpec spec) {
        return spec.toBuilder()
                .functionalRequirements(spec.functionalRequirements().stream()
                        .map(r -> new Requirement(r.id(), Optional.empty(), r.text(), withPriority(r.attributes())))
                        .toList())
                .successCriteria(spec.successCriteria().stream()
                        .map(c -> new SuccessCriterion(c.id(), c.text(), withPriority(c.attributes())))
                        .toList())
                .build();
    }

    private static Map<String, String> withPriority(Map<String, String> attributes) {
        Map<String, String> out = new LinkedHashMap<>(attributes);
        out.putIfAbsent("Priority", "P2");
        return out;
    }

    /** A text field of a spec that a JSON document can set to anything. */
    public enum Field {
        /** {@code /title}. */
        TITLE("/title", (s, t) -> s.toBuilder().title(s.title() + t).build()),
        /** The first story's {@code title}. */
        STORY_TITLE(
                "/userStories/0/title",
                story((u, t) -> u.toBuilder().title(u.title() + t).build())),
        /** The first story's {@code description}. */
        STORY_DESCRIPTION(
                "/userStories/0/description",
                story((u, t) -> u.toBuilder()
                        .description(u.description().orElse("Text.") + t)
                        .build())),
        /** The first story's {@code whyThisPriority}. */
        STORY_WHY(
                "/userStories/0/whyThisPriority",
                story((u, t) -> u.toBuilder()
                        .whyThisPriority(u.whyThisPriority().orElse("Value.") + t)
                        .build())),
        /** The first story's {@code independentTest}. */
        STORY_TEST(
                "/userStories/0/independentTest",
                story((u, t) -> u.toBuilder()
                        .independentTest(u.independentTest().orElse("Test.") + t)
                        .build())),
        /** The first story's {@code notes}. */
        STORY_NOTES(
                "/userStories/0/notes",
                story((u, t) ->
                        u.toBuilder().notes(u.notes().orElse("Note.") + t).build())),
        /** The first requirement's {@code text}. */
        REQUIREMENT_TEXT("/functionalRequirements/0/text", (s, t) -> {
            List<Requirement> rs = new ArrayList<>(s.functionalRequirements());
            if (rs.isEmpty()) {
                rs.add(Requirement.of("FR-001", "System MUST work."));
            }
            rs.set(0, rs.get(0).withText(rs.get(0).text() + t));
            return s.toBuilder().functionalRequirements(rs).build();
        }),
        /** The first success criterion's {@code text}. */
        CRITERION_TEXT("/successCriteria/0/text", (s, t) -> {
            List<SuccessCriterion> cs = new ArrayList<>(s.successCriteria());
            if (cs.isEmpty()) {
                cs.add(SuccessCriterion.of("SC-001", "Users finish in 2 minutes."));
            }
            cs.set(0, cs.get(0).withText(cs.get(0).text() + t));
            return s.toBuilder().successCriteria(cs).build();
        }),
        /** The first edge case. */
        EDGE_CASE("/edgeCases/0", (s, t) -> {
            List<String> es = new ArrayList<>(s.edgeCases());
            es.add(0, "Edge." + t);
            return s.toBuilder().edgeCases(es).build();
        }),
        /** The first key entity's {@code description}. */
        ENTITY_DESCRIPTION("/keyEntities/0/description", (s, t) -> {
            List<KeyEntity> ks = new ArrayList<>(s.keyEntities());
            ks.add(0, new KeyEntity("Entity", "Holds." + t));
            return s.toBuilder().keyEntities(ks).build();
        });

        private final String pointer;
        private final BiFunction<FeatureSpec, String, FeatureSpec> inject;

        Field(String pointer, BiFunction<FeatureSpec, String, FeatureSpec> inject) {
            this.pointer = pointer;
            this.inject = inject;
        }

        /** The JSON pointer of the field. */
        public String pointer() {
            return pointer;
        }

        /** {@code spec} with {@code text} appended to this field (the field created when absent). */
        public FeatureSpec inject(FeatureSpec spec, String text) {
            return inject.apply(spec, text);
        }

        private static BiFunction<FeatureSpec, String, FeatureSpec> story(
                BiFunction<UserStory, String, UserStory> edit) {
            return (s, t) -> {
                List<UserStory> us = new ArrayList<>(s.userStories());
                if (us.isEmpty()) {
                    us.add(UserStory.builder(1, "Story").build());
                }
                us.set(0, edit.apply(us.get(0), t));
                return s.toBuilder().userStories(us).build();
            };
        }
    }
}
