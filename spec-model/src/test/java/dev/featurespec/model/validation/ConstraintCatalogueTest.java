package dev.featurespec.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.ImpactSection;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.Statement;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.testkit.Fixtures;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every constraint names its rule, and every model rule has a constraint. */
class ConstraintCatalogueTest {
    static List<Class<? extends Annotation>> constraints() {
        return List.of(
                RequirementId.class,
                CanonicalRequirementId.class,
                CriterionId.class,
                CanonicalCriterionId.class,
                UniqueIds.class,
                PriorityRange.class,
                CompleteScenario.class,
                NoPlaceholders.class,
                ClarificationLimit.class,
                NoOpenClarifications.class,
                Rfc2119Keyword.class,
                HasP1Story.class,
                IndependentTest.class,
                MandatorySections.class,
                IsoDate.class,
                NotBlankText.class,
                AnchoredExtraSections.class,
                HasId.class,
                UniqueMetadata.class,
                OneLine.class,
                MarkdownText.class,
                StoryNotes.class,
                StoryHeading.class,
                TableRows.class,
                UniqueTaskIds.class,
                TaskIdOrder.class,
                ParallelTasksDisjoint.class,
                UniqueChecklistIds.class);
    }

    @ParameterizedTest
    @MethodSource("constraints")
    void everyConstraintIsABeanValidationConstraintThatNamesItsRule(Class<? extends Annotation> type)
            throws ReflectiveOperationException {
        assertThat(type.getAnnotation(Constraint.class)).isNotNull();
        assertThat(type.getAnnotation(ReportsRule.class)).isNotNull();
        assertThat((Object[]) type.getMethod("payload").getDefaultValue()).isEmpty();
        assertThat((Object[]) type.getMethod("groups").getDefaultValue()).isEmpty();
    }

    @Test
    void everyModelRuleHasAConstraint() {
        Set<Rule> covered = constraints().stream()
                .map(t -> t.getAnnotation(ReportsRule.class).value())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
        Set<Rule> modelRules = Arrays.stream(Rule.values())
                .filter(r -> r.id().startsWith("FS1"))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
        assertThat(covered).isEqualTo(modelRules);
    }

    /** What a Spring controller does with {@code @Valid @RequestBody FeatureSpec}. */
    record Request(@Valid FeatureSpec spec) {}

    @Test
    void cascadingFromAnotherBeanPrefixesThePath() {
        Validator validator = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
        FeatureSpec spec = Fixtures.ready().toBuilder()
                .functionalRequirements(List.of(Requirement.of("FR-X", "System MUST a.")))
                .build();
        Set<ConstraintViolation<Request>> violations = validator.validate(new Request(spec));
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath()).hasToString("spec.functionalRequirements[0].id");
            assertThat(SpecValidator.pointer(v.getPropertyPath())).isEqualTo("/spec/functionalRequirements/0/id");
        });
    }

    @Test
    @Timeout(10)
    void deeplyNestedStatementsAreWalkedWithoutRecursionAndReportedAtABoundedDepth() {
        Statement deep = Statement.of("[action]");
        for (int i = 0; i < 20_000; i++) {
            deep = new Statement("level " + i, List.of(deep));
        }
        FeatureSpec spec = Fixtures.ready().toBuilder()
                .securityImpact(new ImpactSection(List.of(deep)))
                .build();
        assertThat(SpecValidator.create().validate(spec)).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(Rule.UNFILLED_PLACEHOLDER);
            assertThat(d.pointer())
                    .as("reported at the statement 64 levels down")
                    .isEqualTo("/securityImpact/statements/0" + "/children/0".repeat(63) + "/text");
        });
    }
}
