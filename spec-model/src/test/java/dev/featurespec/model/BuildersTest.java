package dev.featurespec.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.featurespec.testkit.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every list of the model can be set whole or appended to, and every builder round-trips through toBuilder. */
class BuildersTest {
    @Nested
    class FeatureSpecBuilder {
        @Test
        void everyListHasASetterThatReplacesAndAnAdderThatAppends() {
            Clarification qa = Clarification.of("Which store?", "Postgres");
            FeatureSpec spec = FeatureSpec.builder("Checkout")
                    .addEdgeCase("old edge")
                    .edgeCases(List.of("Empty cart?", "Card declined?"))
                    .addEdgeCase("Network lost?")
                    .addKeyEntity(KeyEntity.of("Old", ""))
                    .keyEntities(List.of(KeyEntity.of("Cart", "what the user buys")))
                    .addKeyEntity(KeyEntity.of("Payment", "one attempt"))
                    .addAssumption("old")
                    .assumptions(List.of("Cards only."))
                    .addAssumption("EUR only.")
                    .addClarificationSession(ClarificationSession.of("2025-01-01"))
                    .clarifications(List.of(ClarificationSession.of("2025-10-01", qa)))
                    .userStories(List.of(UserStory.builder(1, "Pay").build()))
                    .functionalRequirements(List.of(Requirement.of("FR-001", "System MUST charge.")))
                    .successCriteria(List.of(SuccessCriterion.of("SC-001", "Fast.")))
                    .extraSections(List.of(ExtraSection.headed("Out of Scope", 2, "Refunds.", Section.ASSUMPTIONS)))
                    .build();

            assertThat(spec.edgeCases()).containsExactly("Empty cart?", "Card declined?", "Network lost?");
            assertThat(spec.keyEntities())
                    .containsExactly(
                            new KeyEntity("Cart", "what the user buys"), new KeyEntity("Payment", "one attempt"));
            assertThat(spec.assumptions()).containsExactly("Cards only.", "EUR only.");
            assertThat(spec.clarifications()).containsExactly(ClarificationSession.of("2025-10-01", List.of(qa)));
            assertThat(spec.userStories()).hasSize(1);
            assertThat(spec.functionalRequirements()).hasSize(1);
            assertThat(spec.successCriteria()).hasSize(1);
            assertThat(spec.extraSections()).hasSize(1);
        }

        @Test
        void addClarificationAppendsToTheSessionOfItsDateOrStartsOne() {
            FeatureSpec spec = FeatureSpec.builder("Checkout")
                    .addClarificationSession(new ClarificationSession(
                            "2025-10-01", Optional.of("payments"), List.of(Clarification.of("Q1?", "A1"))))
                    .addClarification("2025-10-01", Clarification.of("Q2?", "A2"))
                    .addClarification("2025-10-02", Clarification.of("Q3?", "A3"))
                    .build();

            assertThat(spec.clarifications())
                    .containsExactly(
                            new ClarificationSession(
                                    "2025-10-01",
                                    Optional.of("payments"),
                                    List.of(Clarification.of("Q1?", "A1"), Clarification.of("Q2?", "A2"))),
                            ClarificationSession.of("2025-10-02", Clarification.of("Q3?", "A3")));
        }

        @Test
        void nullElementsAreRefusedNamingTheList() {
            assertThatThrownBy(() -> FeatureSpec.builder("x").edgeCases(java.util.Arrays.asList("a", null)))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("FeatureSpec.edgeCases element must not be null");
        }

        @Test
        void toBuilderGivesAnEqualSpec() {
            FeatureSpec full = Fixtures.everyField();

            assertThat(full.toBuilder().build()).isEqualTo(full);
        }
    }

    @Nested
    class Requirements {
        @Test
        void builderSetsEveryComponent() {
            Requirement r = Requirement.builder()
                    .id("FR-002")
                    .label("Branding: Title")
                    .text("System SHOULD show the title.")
                    .putAttribute("Priority", "High")
                    .putAttribute("Owner", "web")
                    .build();

            assertThat(r)
                    .isEqualTo(new Requirement(
                            Optional.of("FR-002"),
                            Optional.of("Branding: Title"),
                            "System SHOULD show the title.",
                            Map.of("Priority", "High", "Owner", "web")));
            assertThat(r.attributes().keySet()).containsExactly("Priority", "Owner");
        }

        @Test
        void builderWithoutTextRefusesToBuild() {
            assertThatThrownBy(() -> Requirement.builder().id("FR-001").build())
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("Requirement.text must not be null");
        }

        @Test
        void toBuilderAndWithersKeepTheRest() {
            Requirement r =
                    new Requirement(Optional.of("FR-001"), Optional.of("L"), "System MUST a.", Map.of("Owner", "ops"));

            assertThat(r.toBuilder().build()).isEqualTo(r);
            assertThat(r.withText("System MUST b."))
                    .isEqualTo(new Requirement(
                            Optional.of("FR-001"), Optional.of("L"), "System MUST b.", Map.of("Owner", "ops")));
            assertThat(r.withId(null).id()).isEmpty();
            assertThat(r.toBuilder().attributes(Map.of()).build().attributes()).isEmpty();
        }
    }

    @Nested
    class SuccessCriteria {
        @Test
        void builderToBuilderAndWithers() {
            SuccessCriterion sc = SuccessCriterion.builder()
                    .id("SC-003")
                    .text("p95 under 2 s.")
                    .putAttribute("Target", "2 s")
                    .marker("3.")
                    .build();

            assertThat(sc)
                    .isEqualTo(new SuccessCriterion(
                            Optional.of("SC-003"), "p95 under 2 s.", Map.of("Target", "2 s"), Optional.of("3.")));
            assertThat(sc.toBuilder().build()).isEqualTo(sc);
            assertThat(sc.withText("p95 under 1 s.").text()).isEqualTo("p95 under 1 s.");
            assertThat(sc.withText("p95 under 1 s.").marker()).contains("3.");
            assertThat(sc.withId("SC-004").id()).contains("SC-004");
        }
    }

    @Nested
    class SmallRecords {
        @Test
        void clarificationSessionWithEntryAppendsWithoutTheLongConstructor() {
            ClarificationSession session = new ClarificationSession(
                    "2025-10-01", Optional.of("storage"), List.of(Clarification.of("Q1?", "A1")));

            ClarificationSession more = session.withEntry("Q2?", "A2").withEntry(Clarification.decision("Use S3."));

            assertThat(more.topic()).contains("storage");
            assertThat(more.entries())
                    .containsExactly(
                            Clarification.of("Q1?", "A1"),
                            Clarification.of("Q2?", "A2"),
                            new Clarification(Optional.empty(), "Use S3.", Optional.empty()));
            assertThat(session.entries()).hasSize(1);
        }

        @Test
        void keyEntityOf() {
            assertThat(KeyEntity.of("Cart", "items")).isEqualTo(new KeyEntity("Cart", "items"));
        }

        @Test
        void sectionsOfTextsAndWithStatement() {
            ImpactSection impact = ImpactSection.of("No new settings.", "Secrets stay in Vault.");
            ApiContractSection api = ApiContractSection.of("`POST /jobs` is new.");
            ObservabilitySection obs = ObservabilitySection.of("Jobs report `pending`.");

            assertThat(impact.statements())
                    .containsExactly(Statement.of("No new settings."), Statement.of("Secrets stay in Vault."));
            assertThat(impact.withStatement(Statement.of("x")).statements()).hasSize(3);
            assertThat(api.withStatement(Statement.of("`GET /jobs` too.")).endpoints())
                    .containsExactly("POST /jobs", "GET /jobs");
            assertThat(obs.withStatement(Statement.of("then `done`")).taskStates())
                    .containsExactly("pending", "done");
        }

        @Test
        void statementsNestAndFlatten() {
            Statement tree =
                    Statement.of("root", Statement.of("a", Statement.of("a1"))).withChild(Statement.of("b"));

            assertThat(tree.children()).extracting(Statement::text).containsExactly("a", "b");
            assertThat(Statement.flatten(List.of(tree, Statement.of("next"))))
                    .extracting(Statement::text)
                    .containsExactly("root", "a", "a1", "b", "next");
        }

        @Test
        void scenarioWithAndAppendsToStepsAndText() {
            AcceptanceScenario s = AcceptanceScenario.of("a cart", "the user pays", "a receipt is shown")
                    .withAnd("an email is sent");

            assertThat(s.and()).containsExactly("an email is sent");
            assertThat(s.text())
                    .isEqualTo(
                            "**Given** a cart, **When** the user pays, **Then** a receipt is shown, **And** an email is sent");
        }

        @Test
        void storyAndMetadataToBuilderGiveEqualValues() {
            FeatureSpec full = Fixtures.everyField();

            for (UserStory story : full.userStories()) {
                assertThat(story.toBuilder().build()).isEqualTo(story);
            }
            assertThat(full.metadata().toBuilder().build()).isEqualTo(full.metadata());
        }
    }

    @Nested
    class Priorities {
        @Test
        void everyPriorityOfTheTemplatesRangeIsAConstant() {
            List<Priority> constants = List.of(
                    Priority.P0,
                    Priority.P1,
                    Priority.P2,
                    Priority.P3,
                    Priority.P4,
                    Priority.P5,
                    Priority.P6,
                    Priority.P7,
                    Priority.P8,
                    Priority.P9);
            for (int rank = 0; rank < constants.size(); rank++) {
                assertThat(constants.get(rank).rank()).isEqualTo(rank);
                assertThat(Priority.of(rank)).isSameAs(constants.get(rank));
                assertThat(Priority.parse("P" + rank)).isSameAs(constants.get(rank));
            }
            assertThat(Priority.of(10)).isEqualTo(new Priority(10));
        }
    }
}
