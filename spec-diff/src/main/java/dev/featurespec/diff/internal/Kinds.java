package dev.featurespec.diff.internal;

import static dev.featurespec.diff.internal.Texts.normalize;

import dev.featurespec.diff.ElementType;
import dev.featurespec.diff.FieldChange;
import dev.featurespec.diff.internal.Matcher.Pass;
import dev.featurespec.model.AcceptanceScenario;
import dev.featurespec.model.Clarification;
import dev.featurespec.model.ClarificationSession;
import dev.featurespec.model.ExtraSection;
import dev.featurespec.model.KeyEntity;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.Statement;
import dev.featurespec.model.SuccessCriterion;
import dev.featurespec.model.UserStory;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The list element kinds of a spec and how each is identified and compared. Not API. */
final class Kinds {
    private Kinds() {}

    /** Stories: by number and title, then by title (renumbered), then by body within the same number (retitled). */
    static final Kind<UserStory> STORIES =
            new Kind<>(
                    ElementType.USER_STORY,
                    List.of(
                            Pass.key(s -> List.of(s.number(), normalize(s.title()))),
                            Pass.key(s -> normalize(s.title())),
                            Pass.similar(Kinds::storyText, (a, b) -> a.number() == b.number()))) {
                @Override
                Optional<String> id(UserStory s) {
                    return Optional.of(Integer.toString(s.number()));
                }

                @Override
                boolean renumbered(UserStory before, UserStory after) {
                    return before.number() != after.number();
                }

                @Override
                void fields(UserStory b, UserStory a, List<FieldChange> out) {
                    if (b.number() != a.number()) {
                        out.add(FieldChange.of("number", Integer.toString(b.number()), Integer.toString(a.number())));
                    }
                    text(out, "title", b.title(), a.title());
                    exact(out, "priority", b.priority(), a.priority());
                    text(out, "suffix", b.suffix(), a.suffix());
                    text(out, "description", b.description(), a.description());
                    text(out, "whyThisPriority", b.whyThisPriority(), a.whyThisPriority());
                    text(out, "independentTest", b.independentTest(), a.independentTest());
                    text(out, "notes", b.notes(), a.notes());
                    // the label is how the heading spells the story word and number (US-003): layout, like a list
                    // marker
                }

                @Override
                int markers(UserStory s) {
                    return Texts.markers(s.title())
                            + Texts.markers(s.suffix())
                            + Texts.markers(s.description())
                            + Texts.markers(s.whyThisPriority())
                            + Texts.markers(s.independentTest())
                            + Texts.markers(s.notes());
                }

                @Override
                void children(Differ differ, UserStory b, UserStory a, String bp, String ap) {
                    differ.list(
                            SCENARIOS,
                            b.acceptanceScenarios(),
                            a.acceptanceScenarios(),
                            bp + "/acceptanceScenarios",
                            ap + "/acceptanceScenarios");
                }
            };

    private static String storyText(UserStory s) {
        StringBuilder sb = new StringBuilder(s.title());
        s.description().ifPresent(t -> sb.append(' ').append(t));
        s.whyThisPriority().ifPresent(t -> sb.append(' ').append(t));
        s.independentTest().ifPresent(t -> sb.append(' ').append(t));
        for (AcceptanceScenario a : s.acceptanceScenarios()) {
            sb.append(' ').append(a.text());
        }
        return sb.toString();
    }

    /** Scenarios: by their Given/When/Then steps (or text, when none was recognised), then by similarity. */
    static final Kind<AcceptanceScenario> SCENARIOS =
            new Kind<>(ElementType.ACCEPTANCE_SCENARIO, byText(Kinds::scenarioKey, Kinds::scenarioKey)) {
                @Override
                void fields(AcceptanceScenario b, AcceptanceScenario a, List<FieldChange> out) {
                    if (hasSteps(b) && hasSteps(a)) {
                        // the steps are what the scenario says; its text differs also by layout (an And step
                        // inline or in a nested bullet, emphasis on the keywords)
                        text(out, "given", b.given(), a.given());
                        text(out, "when", b.when(), a.when());
                        text(out, "then", b.then(), a.then());
                        text(out, "and", String.join("\n", b.and()), String.join("\n", a.and()));
                    } else {
                        text(out, "text", b.text(), a.text());
                    }
                }

                @Override
                int markers(AcceptanceScenario s) {
                    return Texts.markers(s.text());
                }
            };

    static boolean hasSteps(AcceptanceScenario s) {
        return s.given().isPresent()
                || s.when().isPresent()
                || s.then().isPresent()
                || !s.and().isEmpty();
    }

    private static String scenarioKey(AcceptanceScenario s) {
        if (!hasSteps(s)) {
            return normalize(s.text());
        }
        StringBuilder sb = new StringBuilder("\u0000");
        s.given().ifPresent(t -> sb.append(normalize(t)));
        sb.append("\u0000");
        s.when().ifPresent(t -> sb.append(normalize(t)));
        sb.append("\u0000");
        s.then().ifPresent(t -> sb.append(normalize(t)));
        for (String and : s.and()) {
            sb.append("\u0000").append(normalize(and));
        }
        return sb.toString();
    }

    /** Plain-text items (edge cases, assumptions): by text, then by similarity. */
    static Kind<String> strings(ElementType type) {
        return new Kind<>(type, byText(Texts::normalize, Function.identity())) {
            @Override
            void fields(String b, String a, List<FieldChange> out) {
                text(out, "", b, a);
            }

            @Override
            int markers(String s) {
                return Texts.markers(s);
            }
        };
    }

    static final Kind<String> EDGE_CASES = strings(ElementType.EDGE_CASE);
    static final Kind<String> ASSUMPTIONS = strings(ElementType.ASSUMPTION);

    /**
     * Requirements: by id and text; by text alone, so a requirement whose text stays under a new id is
     * the same one renumbered (one inserted in the middle shifts the ids of those after it); by id where
     * the texts are similar (reworded in place); by similarity across ids (renumbered and reworded); and
     * last by id alone, so a requirement rewritten under its id is still that requirement.
     */
    static final Kind<Requirement> REQUIREMENTS =
            new Kind<>(ElementType.FUNCTIONAL_REQUIREMENT, identified(r -> r.id(), Requirement::text)) {
                @Override
                Optional<String> id(Requirement r) {
                    return r.id();
                }

                @Override
                boolean renumbered(Requirement b, Requirement a) {
                    return b.id().isPresent() && a.id().isPresent() && !b.id().equals(a.id());
                }

                @Override
                void fields(Requirement b, Requirement a, List<FieldChange> out) {
                    exact(out, "id", b.id(), a.id());
                    text(out, "label", b.label(), a.label());
                    text(out, "text", b.text(), a.text());
                    if (!b.text().equals(a.text())) {
                        exact(
                                out,
                                "level",
                                b.level().map(l -> l.keyword()),
                                a.level().map(l -> l.keyword()));
                    }
                    attributes(out, b.attributes(), a.attributes());
                }

                @Override
                int markers(Requirement r) {
                    return Texts.markers(r.label()) + Texts.markers(r.text()) + markers(r.attributes());
                }
            };

    private static Object idAndText(Optional<String> id, String text) {
        return id.isPresent() ? List.of(id.get(), normalize(text)) : null;
    }

    /** By normalized text, then by similarity. */
    private static <T> List<Pass<T>> byText(Function<T, Object> key, Function<T, String> text) {
        return List.of(Pass.key(key), Pass.similar(text));
    }

    /**
     * Elements with ids (requirements, criteria): by id and text; by text alone (renumbered); by id when
     * the texts are similar (reworded in place); by similarity whatever the ids (renumbered and reworded,
     * or given or losing an id); by id alone (rewritten in place).
     */
    private static <T> List<Pass<T>> identified(Function<T, Optional<String>> id, Function<T, String> text) {
        return List.of(
                Pass.key(t -> idAndText(id.apply(t), text.apply(t))),
                Pass.key(t -> normalize(text.apply(t))),
                Pass.keyIfSimilar(t -> id.apply(t).orElse(null), text),
                Pass.similar(text),
                Pass.key(t -> id.apply(t).orElse(null)));
    }

    /** Success criteria: as requirements. The list marker ({@code 1.} or a bullet) is layout. */
    static final Kind<SuccessCriterion> CRITERIA =
            new Kind<>(ElementType.SUCCESS_CRITERION, identified(c -> c.id(), SuccessCriterion::text)) {
                @Override
                Optional<String> id(SuccessCriterion c) {
                    return c.id();
                }

                @Override
                boolean renumbered(SuccessCriterion b, SuccessCriterion a) {
                    return b.id().isPresent() && a.id().isPresent() && !b.id().equals(a.id());
                }

                @Override
                void fields(SuccessCriterion b, SuccessCriterion a, List<FieldChange> out) {
                    exact(out, "id", b.id(), a.id());
                    text(out, "text", b.text(), a.text());
                    attributes(out, b.attributes(), a.attributes());
                }

                @Override
                int markers(SuccessCriterion c) {
                    return Texts.markers(c.text()) + markers(c.attributes());
                }
            };

    /** Key entities: by name, then by similarity of name and description. */
    static final Kind<KeyEntity> ENTITIES =
            new Kind<>(
                    ElementType.KEY_ENTITY,
                    List.of(Pass.key(e -> normalize(e.name())), Pass.similar(e -> e.name() + " " + e.description()))) {
                @Override
                Optional<String> id(KeyEntity e) {
                    return Optional.of(e.name());
                }

                @Override
                void fields(KeyEntity b, KeyEntity a, List<FieldChange> out) {
                    text(out, "name", b.name(), a.name());
                    text(out, "description", b.description(), a.description());
                }

                @Override
                int markers(KeyEntity e) {
                    return Texts.markers(e.name()) + Texts.markers(e.description());
                }
            };

    /** Statements of the extended sections: by text, then by similarity, within their parent. */
    static final Kind<Statement> STATEMENTS =
            new Kind<>(ElementType.STATEMENT, byText(s -> normalize(s.text()), Statement::text)) {
                @Override
                void fields(Statement b, Statement a, List<FieldChange> out) {
                    text(out, "text", b.text(), a.text());
                }

                @Override
                int markers(Statement s) {
                    return Texts.markers(s.text());
                }

                @Override
                void children(Differ differ, Statement b, Statement a, String bp, String ap) {
                    differ.list(STATEMENTS, b.children(), a.children(), bp + "/children", ap + "/children");
                }
            };

    /** Clarification sessions: by date, then by similarity of their questions and answers. */
    static final Kind<ClarificationSession> SESSIONS =
            new Kind<>(ElementType.CLARIFICATION_SESSION, byText(s -> normalize(s.date()), Kinds::sessionText)) {
                @Override
                Optional<String> id(ClarificationSession s) {
                    return Optional.of(s.date());
                }

                @Override
                void fields(ClarificationSession b, ClarificationSession a, List<FieldChange> out) {
                    text(out, "date", b.date(), a.date());
                    text(out, "topic", b.topic(), a.topic());
                }

                @Override
                int markers(ClarificationSession s) {
                    return Texts.markers(s.topic());
                }

                @Override
                void children(Differ differ, ClarificationSession b, ClarificationSession a, String bp, String ap) {
                    differ.list(CLARIFICATIONS, b.entries(), a.entries(), bp + "/entries", ap + "/entries");
                }
            };

    private static String sessionText(ClarificationSession s) {
        StringBuilder sb = new StringBuilder(s.topic().orElse(""));
        for (Clarification c : s.entries()) {
            c.question().ifPresent(q -> sb.append(' ').append(q));
            sb.append(' ').append(c.answer());
        }
        return sb.toString();
    }

    /** Questions and answers: by question; an entry without one by its answer; then by similarity. */
    static final Kind<Clarification> CLARIFICATIONS =
            new Kind<>(
                    ElementType.CLARIFICATION,
                    List.of(
                            Pass.key(c -> c.question().map(Texts::normalize).orElse(null)),
                            Pass.key(c -> c.question().isEmpty() ? normalize(c.answer()) : null),
                            Pass.similar(c -> c.question().orElse("") + " " + c.answer()))) {
                @Override
                void fields(Clarification b, Clarification a, List<FieldChange> out) {
                    text(out, "question", b.question(), a.question());
                    text(out, "answer", b.answer(), a.answer());
                    text(out, "answerLabel", b.answerLabel(), a.answerLabel());
                }

                @Override
                int markers(Clarification c) {
                    return Texts.markers(c.question()) + Texts.markers(c.answer());
                }
            };

    /**
     * Extra sections: a headed one by heading and place, then by heading; loose content by place and
     * text; then by similarity, headed with headed and loose with loose.
     */
    static final Kind<ExtraSection> EXTRAS =
            new Kind<>(
                    ElementType.EXTRA_SECTION,
                    List.of(
                            Pass.key(x -> x.heading()
                                    .map(h -> List.of(normalize(h), x.after(), x.level()))
                                    .orElse(null)),
                            Pass.key(x -> x.heading().map(Texts::normalize).orElse(null)),
                            Pass.key(x -> x.heading().isEmpty() ? List.of(x.after(), normalize(x.markdown())) : null),
                            Pass.similar(
                                    x -> x.heading().orElse("") + " " + x.markdown(),
                                    (a, b) -> a.heading().isPresent()
                                            == b.heading().isPresent()))) {
                @Override
                Optional<String> id(ExtraSection x) {
                    return x.heading();
                }

                @Override
                void fields(ExtraSection b, ExtraSection a, List<FieldChange> out) {
                    text(out, "heading", b.heading(), a.heading());
                    if (b.level() != a.level()) {
                        out.add(FieldChange.of("level", Integer.toString(b.level()), Integer.toString(a.level())));
                    }
                    text(out, "markdown", b.markdown(), a.markdown());
                    if (b.after() != a.after()) {
                        out.add(FieldChange.of(
                                "after", b.after().key(), a.after().key()));
                    }
                }

                @Override
                int markers(ExtraSection x) {
                    return Texts.markers(x.heading()) + Texts.markers(x.markdown());
                }
            };
}
