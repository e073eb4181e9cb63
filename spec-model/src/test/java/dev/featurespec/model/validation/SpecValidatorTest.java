package dev.featurespec.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.Severity;
import dev.featurespec.model.diagnostic.SourceMap;
import dev.featurespec.model.diagnostic.SourceRange;
import dev.featurespec.testkit.Fixtures;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class SpecValidatorTest {
    private static final SpecValidator VALIDATOR = SpecValidator.create();

    private static FeatureSpec duplicateAndPlaceholder() {
        return Fixtures.ready().toBuilder()
                .title("[FEATURE NAME]")
                .functionalRequirements(List.of(
                        Requirement.of("FR-001", "System MUST a."),
                        Requirement.of("FR-002", "System MUST b."),
                        Requirement.of("FR-003", "System MUST c."),
                        Requirement.of("FR-002", "System MUST d.")))
                .build();
    }

    private static Validator hibernateValidator() {
        return Validation.byDefaultProvider()
                .configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
    }

    @Test
    void createReturnsOneSharedInstance() {
        assertThat(SpecValidator.create()).isSameAs(SpecValidator.create());
    }

    @Test
    void rawViolationPathNamesTheOffendingElement() {
        Set<ConstraintViolation<FeatureSpec>> violations = hibernateValidator().validate(duplicateAndPlaceholder());
        assertThat(violations)
                .filteredOn(v -> v.getConstraintDescriptor().getAnnotation() instanceof UniqueIds)
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.getPropertyPath()).hasToString("functionalRequirements[3].id");
                    assertThat(v.getMessage())
                            .isEqualTo("FR-002 is declared twice (first at functionalRequirements[1])");
                });
    }

    @Test
    void worksWithHibernatesOwnParameterInterpolator() {
        SpecValidator external = SpecValidator.using(hibernateValidator());
        assertThat(external.validate(duplicateAndPlaceholder(), ReadyForPlanning.class))
                .isEqualTo(VALIDATOR.validate(duplicateAndPlaceholder(), ReadyForPlanning.class));
    }

    @Test
    void rangesComeFromTheSourceMapAndOrderTheDiagnostics() {
        SourceMap map = SourceMap.builder()
                .put("/title", SourceRange.of(1, 1, 1, 30))
                .put("/functionalRequirements/3", SourceRange.of(40, 1, 40, 30))
                .build();
        List<Diagnostic> found = VALIDATOR.validate(duplicateAndPlaceholder(), map);
        assertThat(found)
                .containsExactly(
                        new Diagnostic(
                                Rule.UNFILLED_PLACEHOLDER,
                                Severity.WARNING,
                                "unfilled template placeholder [FEATURE NAME]",
                                "/title",
                                Optional.of(SourceRange.of(1, 1, 1, 30))),
                        new Diagnostic(
                                Rule.DUPLICATE_ID,
                                Severity.ERROR,
                                "FR-002 is declared twice (first at functionalRequirements[1])",
                                "/functionalRequirements/3/id",
                                Optional.of(SourceRange.of(40, 1, 40, 30))));
    }

    @Test
    void withoutPositionsDiagnosticsAreOrderedByPointer() {
        assertThat(VALIDATOR.validate(duplicateAndPlaceholder()))
                .extracting(Diagnostic::pointer)
                .containsExactly("/functionalRequirements/3/id", "/title");
    }

    @Test
    void aConstraintInBothGroupsIsReportedOnceAtItsHighestSeverity() {
        List<Diagnostic> found = VALIDATOR.validate(duplicateAndPlaceholder(), ReadyForPlanning.class);
        assertThat(found)
                .filteredOn(d -> d.rule() == Rule.UNFILLED_PLACEHOLDER)
                .singleElement()
                .extracting(Diagnostic::severity)
                .isEqualTo(Severity.ERROR);
    }

    @Test
    void userTextInMessagesIsNeverInterpolated() {
        String text = "Show {max} and ${1+1} \\{x} MUST";
        FeatureSpec noId = Fixtures.ready().toBuilder()
                .functionalRequirements(List.of(new Requirement(Optional.empty(), Optional.empty(), text, Map.of())))
                .build();
        Diagnostic expected = new Diagnostic(
                Rule.MISSING_REQUIREMENT_ID,
                Severity.WARNING,
                "requirement \"" + text + "\" has no id (e.g. FR-001)",
                "/functionalRequirements/0",
                Optional.empty());
        assertThat(VALIDATOR.validate(noId)).containsExactly(expected);
        assertThat(SpecValidator.using(hibernateValidator()).validate(noId)).containsExactly(expected);
    }

    @Test
    void foreignConstraintsAreReportedAsInvalidValue() {
        record Holder(@NotNull String name) {}
        Validator v = hibernateValidator();
        Set<ConstraintViolation<Holder>> violations = v.validate(new Holder(null));
        assertThat(violations).hasSize(1);
        // SpecValidator only validates FeatureSpec; the mapping of foreign constraints is visible
        // through the pointer conversion and the severity default
        ConstraintViolation<Holder> violation = violations.iterator().next();
        assertThat(SpecValidator.pointer(violation.getPropertyPath())).isEqualTo("/name");
        assertThat(SpecValidator.severity(violation.getConstraintDescriptor().getPayload()))
                .isEqualTo(Severity.ERROR);
    }

    @Test
    void pointerTokensAreEscapedAsRfc6901Says() {
        FeatureSpec spec = Fixtures.ready().toBuilder()
                .metadata(dev.featurespec.model.Metadata.builder()
                        .created("2026-02-03")
                        .put("a~b/c", "[DATE]")
                        .build())
                .build();
        assertThat(VALIDATOR.validate(spec)).extracting(Diagnostic::pointer).containsExactly("/metadata/other/a~0b~1c");
    }

    @Test
    void plainInterpolatorSubstitutesAttributesAndEscapes() {
        Validator v = Validation.byDefaultProvider()
                .configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(SpecValidator.messageInterpolator())
                .buildValidatorFactory()
                .getValidator();
        record Holder(
                @PriorityRange(max = 3, message = "over {max} \\{max} {unknown}")
                dev.featurespec.model.Priority p) {}
        // the validator builds its own message; the template is used by providers only when it does not
        assertThat(v.validate(new Holder(dev.featurespec.model.Priority.of(4))))
                .extracting(ConstraintViolation::getMessage)
                .containsExactly("P4 is outside the priorities the template uses (P0 to P3)");
        record Plain(
                @Size(max = 2, message = "at most {max} \\$ {x}")
                String s) {}
        assertThat(v.validate(new Plain("abc")))
                .extracting(ConstraintViolation::getMessage)
                .containsExactly("at most 2 $ {x}");
    }

    @Test
    void payloadsMapToSeverities() {
        assertThat(SpecValidator.severity(Set.of())).isEqualTo(Severity.ERROR);
        assertThat(SpecValidator.severity(Set.of(Payloads.Warning.class))).isEqualTo(Severity.WARNING);
        assertThat(SpecValidator.severity(Set.of(Payloads.Info.class))).isEqualTo(Severity.INFO);
    }

    @Test
    void noGroupMeansDefault() {
        FeatureSpec spec = duplicateAndPlaceholder();
        assertThat(VALIDATOR.validate(spec, jakarta.validation.groups.Default.class))
                .isEqualTo(VALIDATOR.validate(spec))
                .hasSize(2);
    }

    @Test
    void readyForPlanningAddsItsChecksToDefault() {
        FeatureSpec spec =
                duplicateAndPlaceholder().toBuilder().successCriteria(List.of()).build();
        assertThat(VALIDATOR.validate(spec, ReadyForPlanning.class))
                .extracting(d -> d.rule().id() + " " + d.severity().label() + " " + d.pointer())
                .containsExactly(
                        "FS105 error /functionalRequirements/3/id",
                        "FS114 error /successCriteria",
                        "FS108 error /title");
    }
}
