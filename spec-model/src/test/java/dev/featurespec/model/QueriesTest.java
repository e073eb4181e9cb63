package dev.featurespec.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The one-call queries on {@link FeatureSpec}. */
class QueriesTest {
    private static final FeatureSpec SPEC = FeatureSpec.builder("Checkout")
            .addUserStory(UserStory.builder(1, "Browse").priority(Priority.P2).build())
            .addUserStory(UserStory.builder(2, "Pay").priority(Priority.P1).build())
            .addUserStory(UserStory.builder(3, "Share").build())
            .addUserStory(UserStory.builder(4, "Refund").priority(Priority.P2).build())
            .addUserStory(
                    UserStory.builder(5, "Pay again").priority(Priority.P1).build())
            .addFunctionalRequirement(Requirement.of("FR-001", "System MUST accept cards."))
            .addFunctionalRequirement(Requirement.of("FR-003", "System SHOULD email a receipt."))
            .addFunctionalRequirement(Requirement.of("FR-003a", "System MAY print it."))
            .addFunctionalRequirement(new Requirement(Optional.empty(), Optional.empty(), "Unnumbered.", Map.of()))
            .addSuccessCriterion(SuccessCriterion.of("SC-001", "Fast."))
            .addSuccessCriterion(SuccessCriterion.of("SC-002", "Reliable."))
            .build();

    @Nested
    class ById {
        @Test
        void requirementAndCriterionByIdAsWritten() {
            assertThat(SPEC.requirement("FR-003").map(Requirement::text)).contains("System SHOULD email a receipt.");
            assertThat(SPEC.requirement("FR-003a").map(Requirement::text)).contains("System MAY print it.");
            assertThat(SPEC.requirement("FR-002")).isEmpty();
            assertThat(SPEC.requirement("fr-003")).isEmpty();
            assertThat(SPEC.criterion("SC-002").map(SuccessCriterion::text)).contains("Reliable.");
            assertThat(SPEC.criterion("SC-009")).isEmpty();
        }

        @Test
        void storyByNumber() {
            assertThat(SPEC.story(4).map(UserStory::title)).contains("Refund");
            assertThat(SPEC.story(9)).isEmpty();
        }
    }

    @Nested
    class Stories {
        @Test
        void byPriorityMostImportantFirstUnprioritisedLastDocumentOrderAmongEquals() {
            assertThat(SPEC.storiesByPriority()).extracting(UserStory::number).containsExactly(2, 5, 1, 4, 3);
        }

        @Test
        void withOnePriority() {
            assertThat(SPEC.storiesWithPriority(Priority.P1))
                    .extracting(UserStory::title)
                    .containsExactly("Pay", "Pay again");
            assertThat(SPEC.storiesWithPriority(Priority.P0)).isEmpty();
        }
    }

    @Nested
    class NextIds {
        @Test
        void oneMoreThanTheHighestNumberInThreeDigits() {
            assertThat(SPEC.nextRequirementId()).isEqualTo("FR-004");
            assertThat(SPEC.nextCriterionId()).isEqualTo("SC-003");
        }

        @Test
        void firstIdsOfAnEmptySpec() {
            FeatureSpec empty = FeatureSpec.builder("x").build();

            assertThat(empty.nextRequirementId()).isEqualTo("FR-001");
            assertThat(empty.nextCriterionId()).isEqualTo("SC-001");
        }

        @Test
        void theCommonestPrefixIsKeptAndNonCanonicalIdsCount() {
            FeatureSpec pt = FeatureSpec.builder("x")
                    .addFunctionalRequirement(Requirement.of("RF-001", "O sistema DEVE a."))
                    .addFunctionalRequirement(Requirement.of("RF-12", "O sistema DEVE b."))
                    .addFunctionalRequirement(Requirement.of("FR-099", "System MUST c."))
                    .addSuccessCriterion(SuccessCriterion.of("CS-7", "x"))
                    .build();

            assertThat(pt.nextRequirementId()).isEqualTo("RF-013");
            assertThat(pt.nextCriterionId()).isEqualTo("CS-008");
        }

        @Test
        void theNextIdIsNotTakenByAFreshRequirement() {
            FeatureSpec more = SPEC.toBuilder()
                    .addFunctionalRequirement(Requirement.of(SPEC.nextRequirementId(), "System MUST refund."))
                    .build();

            assertThat(more.requirement("FR-004")).isPresent();
            assertThat(more.nextRequirementId()).isEqualTo("FR-005");
        }
    }

    @Nested
    class Clarifications {
        private final FeatureSpec spec = FeatureSpec.builder("Checkout")
                .addFunctionalRequirement(Requirement.of(
                        "FR-001",
                        "System MUST pay via [NEEDS CLARIFICATION: which provider?] in [NEEDS CLARIFICATION]"))
                .addFunctionalRequirement(Requirement.of("FR-002", "System MUST show `[NEEDS CLARIFICATION: x]`."))
                .apiContract(ApiContractSection.of("Auth [NEEDS CLARIFICATION: OAuth?]"))
                .addExtraSection(ExtraSection.headed(
                        "Review Checklist",
                        2,
                        "- [ ] No [NEEDS CLARIFICATION] markers remain\n- Vendor [NEEDS CLARIFICATION: which?]",
                        Section.SUCCESS_CRITERIA))
                .build();

        @Test
        void eachOpenMarkerWithItsPointerQuestionAndRange() {
            List<OpenClarification> open = spec.openClarifications();

            assertThat(open)
                    .extracting(OpenClarification::pointer, OpenClarification::question, OpenClarification::marker)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(
                                    "/functionalRequirements/0/text",
                                    "which provider?",
                                    "[NEEDS CLARIFICATION: which provider?]"),
                            org.assertj.core.groups.Tuple.tuple(
                                    "/functionalRequirements/0/text", "", "[NEEDS CLARIFICATION]"),
                            org.assertj.core.groups.Tuple.tuple(
                                    "/apiContract/statements/0/text", "OAuth?", "[NEEDS CLARIFICATION: OAuth?]"),
                            org.assertj.core.groups.Tuple.tuple(
                                    "/extraSections/0/markdown", "which?", "[NEEDS CLARIFICATION: which?]"));
            OpenClarification first = open.get(0);
            assertThat(first.start()).isEqualTo(20);
            assertThat(first.end()).isEqualTo(58);
            assertThat(first.replace("Stripe")).isEqualTo("System MUST pay via Stripe in [NEEDS CLARIFICATION]");
        }

        @Test
        void theRequirementsDerivedQuestionsAreTheSameMarkers() {
            assertThat(spec.requirement("FR-001").orElseThrow().clarificationsNeeded())
                    .containsExactly("which provider?", "");
            assertThat(spec.requirement("FR-002").orElseThrow().clarificationsNeeded())
                    .isEmpty();
        }
    }

    @Test
    void textsByPointerInDocumentOrder() {
        FeatureSpec spec = FeatureSpec.builder("Checkout")
                .metadata(Metadata.builder().status("Draft").put("Epic", "E-1").build())
                .addFunctionalRequirement(Requirement.of("FR-001", "System MUST pay."))
                .apiContract(new ApiContractSection(List.of(Statement.of("root", Statement.of("child")))))
                .build();

        assertThat(spec.texts())
                .containsExactly(
                        Map.entry("/title", "Checkout"),
                        Map.entry("/metadata/status", "Draft"),
                        Map.entry("/metadata/other/Epic", "E-1"),
                        Map.entry("/functionalRequirements/0/text", "System MUST pay."),
                        Map.entry("/apiContract/statements/0/text", "root"),
                        Map.entry("/apiContract/statements/0/children/0/text", "child"));
    }

    @Test
    void mandatoryRequirements() {
        assertThat(SPEC.functionalRequirements())
                .extracting(Requirement::isMandatory)
                .containsExactly(true, false, false, false);
    }
}
