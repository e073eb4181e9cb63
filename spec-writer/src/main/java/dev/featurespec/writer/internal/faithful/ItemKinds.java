package dev.featurespec.writer.internal.faithful;

import dev.featurespec.model.AcceptanceScenario;
import dev.featurespec.model.Clarification;
import dev.featurespec.model.KeyEntity;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.SuccessCriterion;
import dev.featurespec.model.template.internal.Syntax;
import dev.featurespec.writer.internal.layout.ClarificationsWriter;
import dev.featurespec.writer.internal.layout.ItemsWriter;
import dev.featurespec.writer.internal.layout.KeyEntitiesWriter;
import dev.featurespec.writer.internal.layout.MarkdownStyle;
import dev.featurespec.writer.internal.layout.PlainListWriter;
import dev.featurespec.writer.internal.markdown.BlockWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;

/** The list item kinds of a spec: requirements, criteria, key entities, plain texts, Q/A entries, scenarios. */
final class ItemKinds {
    private ItemKinds() {}

    /** Functional requirements; a group attribute is the heading they stand under, not written on the item. */
    static ItemKind<Requirement> requirements(Source source, Styles styles) {
        return new ItemKind<>(source, styles, "/functionalRequirements") {
            @Override
            public Object key(Requirement r) {
                return r.id().orElse(null);
            }

            @Override
            public boolean fits(Requirement r, Requirement sibling) {
                return sameGroup(r.attributes(), sibling.attributes());
            }

            @Override
            List<Source.Replacement> replacements(Requirement before, Requirement after) {
                List<Source.Replacement> out = replacements();
                if (!before.attributes().equals(after.attributes())
                        || !field(out, before.id(), after.id(), false)
                        || !field(out, before.label(), after.label(), false)
                        || !field(out, Optional.of(before.text()), Optional.of(after.text()), true)) {
                    return null;
                }
                return out;
            }

            @Override
            void write(BlockWriter out, MarkdownStyle style, Requirement r, String marker) {
                if (!ungrouped(r.attributes()).isEmpty()) {
                    throw new Unplaceable("a requirement with attributes, written in a table");
                }
                ItemsWriter.requirements(style).requirement(out, r, marker);
            }

            @Override
            boolean writeRow(BlockWriter out, MarkdownStyle style, Requirement r) {
                ItemsWriter.requirements(style)
                        .requirementRow(
                                out, r, List.copyOf(ungrouped(r.attributes()).keySet()));
                return true;
            }
        };
    }

    /** Success criteria; one that keeps an ordered marker is written with it. */
    static ItemKind<SuccessCriterion> criteria(Source source, Styles styles) {
        return new ItemKind<>(source, styles, "/successCriteria") {
            @Override
            public Object key(SuccessCriterion c) {
                return c.id().orElse(null);
            }

            @Override
            public boolean fits(SuccessCriterion c, SuccessCriterion sibling) {
                // an item without a marker after an ordered one would read as one more ordered item
                return sameGroup(c.attributes(), sibling.attributes())
                        && (c.marker().isPresent() || sibling.marker().isEmpty());
            }

            @Override
            List<Source.Replacement> replacements(SuccessCriterion before, SuccessCriterion after) {
                List<Source.Replacement> out = replacements();
                if (!before.attributes().equals(after.attributes())
                        || !before.marker().equals(after.marker())
                        || !field(out, before.id(), after.id(), false)
                        || !field(out, Optional.of(before.text()), Optional.of(after.text()), true)) {
                    return null;
                }
                return out;
            }

            @Override
            boolean numbered() {
                return false;
            }

            @Override
            public boolean renumbered() {
                // its marker is part of the model: it stays as the editor gave it
                return false;
            }

            @Override
            void write(BlockWriter out, MarkdownStyle style, SuccessCriterion c, String marker) {
                if (!ungrouped(c.attributes()).isEmpty()) {
                    throw new Unplaceable("a criterion with attributes, written in a table");
                }
                ItemsWriter.criteria(style).criterion(out, c, marker);
            }

            @Override
            boolean writeRow(BlockWriter out, MarkdownStyle style, SuccessCriterion c) {
                ItemsWriter.criteria(style)
                        .criterionRow(
                                out, c, List.copyOf(ungrouped(c.attributes()).keySet()));
                return true;
            }
        };
    }

    /** Key entities. */
    static ItemKind<KeyEntity> keyEntities(Source source, Styles styles) {
        return new ItemKind<>(source, styles, "/keyEntities") {
            @Override
            public Object key(KeyEntity e) {
                return e.name();
            }

            @Override
            List<Source.Replacement> replacements(KeyEntity before, KeyEntity after) {
                List<Source.Replacement> out = replacements();
                if (!field(out, Optional.of(before.name()), Optional.of(after.name()), false)
                        || !field(out, nonEmpty(before.description()), nonEmpty(after.description()), true)) {
                    return null;
                }
                return out;
            }

            @Override
            boolean numbered() {
                return false;
            }

            @Override
            void write(BlockWriter out, MarkdownStyle style, KeyEntity e, String marker) {
                new KeyEntitiesWriter(style).item(out, e, marker);
            }
        };
    }

    /** Edge cases or assumptions, at {@code prefix}. */
    static ItemKind<String> texts(Source source, Styles styles, String prefix) {
        return new ItemKind<>(source, styles, prefix) {
            @Override
            public Object key(String text) {
                return null;
            }

            @Override
            List<Source.Replacement> replacements(String before, String after) {
                List<Source.Replacement> out = replacements();
                field(out, Optional.of(before), Optional.of(after), true);
                return out;
            }

            @Override
            boolean numbered() {
                return false;
            }

            @Override
            void write(BlockWriter out, MarkdownStyle style, String text, String marker) {
                PlainListWriter.edgeCases(style).item(out, text, marker);
            }
        };
    }

    /** The Q/A entries of session {@code session}. */
    static ItemKind<Clarification> entries(Source source, Styles styles, int session) {
        return new ItemKind<>(source, styles, "/clarifications/" + session + "/entries") {
            @Override
            public Object key(Clarification c) {
                return c.question().orElse(null);
            }

            @Override
            List<Source.Replacement> replacements(Clarification before, Clarification after) {
                List<Source.Replacement> out = replacements();
                if (!before.answerLabel().equals(after.answerLabel())
                        || !field(out, before.question(), after.question(), false)
                        || !field(out, Optional.of(before.answer()), Optional.of(after.answer()), true)) {
                    return null;
                }
                return out;
            }

            @Override
            boolean numbered() {
                return false;
            }

            @Override
            void write(BlockWriter out, MarkdownStyle style, Clarification c, String marker) {
                new ClarificationsWriter(style).entry(out, c, marker);
            }
        };
    }

    /**
     * The acceptance scenarios of story {@code story}. A scenario holds both its text and its parts: a
     * changed text is written; parts changed under an unchanged text are written as a new text.
     */
    static ItemKind<AcceptanceScenario> scenarios(Source source, Styles styles, int story) {
        return new ItemKind<>(source, styles, "/userStories/" + story + "/acceptanceScenarios") {
            @Override
            public Object key(AcceptanceScenario s) {
                return null;
            }

            @Override
            List<Source.Replacement> replacements(AcceptanceScenario before, AcceptanceScenario after) {
                List<Source.Replacement> out = replacements();
                if (before.text().equals(after.text())) {
                    return null;
                }
                field(out, Optional.of(before.text()), Optional.of(after.text()), true);
                return out;
            }

            @Override
            public List<Patch> changed(AcceptanceScenario before, AcceptanceScenario after, String pointer, int i) {
                return super.changed(before, before.text().equals(after.text()) ? fromParts(after) : after, pointer, i);
            }

            @Override
            public List<String> render(AcceptanceScenario s, int afterIndex, String siblingPointer, boolean follows) {
                List<String> lines = super.render(s, afterIndex, siblingPointer, follows);
                if (!stepPerItem(source, siblingPointer)) {
                    return lines;
                }
                // the sibling's list holds one step per item, read as runs from a Given to the next: the new
                // scenario goes in a list of its own (another bullet starts another list), which reads as
                // written whatever its steps
                Matcher m = Source.marker(lines.get(0));
                if (m == null
                        || m.group(2).length() != 1
                        || Character.isDigit(m.group(2).charAt(0))) {
                    throw new Unplaceable("a new scenario beside numbered steps at " + siblingPointer);
                }
                char other = m.group(2).charAt(0) == '-' ? '*' : '-';
                List<String> out = new ArrayList<>(lines);
                out.set(
                        0,
                        lines.get(0).substring(0, m.start(2))
                                + other
                                + lines.get(0).substring(m.end(2)));
                return out;
            }

            @Override
            void write(BlockWriter out, MarkdownStyle style, AcceptanceScenario s, String marker) {
                out.item(marker, BlockWriter.normalize(s.text()));
            }
        };
    }

    /** True when the scenario at {@code pointer} stands as more than one item of its list, a step in each. */
    private static boolean stepPerItem(Source source, String pointer) {
        int first = source.first(pointer);
        Matcher own = Source.marker(source.lines().line(first));
        if (own == null) {
            return false;
        }
        for (int i = first + 1; i <= source.last(pointer); i++) {
            Matcher m = Source.marker(source.lines().line(i));
            if (m != null && m.group(1).equals(own.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** {@code s} with its text made from its parts: {@code **Given** …, **When** …, **Then** …, **And** …}. */
    static AcceptanceScenario fromParts(AcceptanceScenario s) {
        StringBuilder text = new StringBuilder();
        s.given().ifPresent(g -> text.append("**Given** ").append(g));
        s.when()
                .ifPresent(w -> text.append(text.isEmpty() ? "" : ", ")
                        .append("**When** ")
                        .append(w));
        s.then()
                .ifPresent(t -> text.append(text.isEmpty() ? "" : ", ")
                        .append("**Then** ")
                        .append(t));
        for (String and : s.and()) {
            text.append(text.isEmpty() ? "" : ", ").append("**And** ").append(and);
        }
        return new AcceptanceScenario(s.given(), s.when(), s.then(), s.and(), text.toString());
    }

    private static Map<String, String> ungrouped(Map<String, String> attributes) {
        if (!attributes.containsKey(Syntax.GROUP_ATTRIBUTE)) {
            return attributes;
        }
        Map<String, String> rest = new LinkedHashMap<>(attributes);
        rest.remove(Syntax.GROUP_ATTRIBUTE);
        return rest;
    }

    private static boolean sameGroup(Map<String, String> a, Map<String, String> b) {
        return Objects.equals(a.get(Syntax.GROUP_ATTRIBUTE), b.get(Syntax.GROUP_ATTRIBUTE));
    }

    private static Optional<String> nonEmpty(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
