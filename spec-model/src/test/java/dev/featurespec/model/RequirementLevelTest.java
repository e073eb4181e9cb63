package dev.featurespec.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequirementLevelTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "System MUST NOT log secrets.|MUST_NOT",
                "System MUST log.|MUST",
                "Users SHOULD see progress.|SHOULD",
                "Users SHOULD NOT wait.|SHOULD_NOT",
                "Admins MAY export.|MAY",
                "A key is REQUIRED.|REQUIRED",
                "It is NOT RECOMMENDED to poll.|NOT_RECOMMENDED",
                "系统 MUST 记录日志|MUST",
                "**MUST** be fast|MUST",
                "It MAY log; it MUST NOT crash.|MAY"
            })
    void findsTheFirstKeyword(String text, RequirementLevel level) {
        assertThat(RequirementLevel.find(text)).contains(level);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"System must log.", "System Must log.", "MUSTARD is yellow", "XMUST", "MUST_BE", "系统必须记录日志", ""})
    void lowerCaseAndPartsOfWordsDoNotCount(String text) {
        assertThat(RequirementLevel.find(text)).isEqualTo(Optional.empty());
    }

    @Test
    void requirementLevelIsDerivedFromItsText() {
        assertThat(Requirement.of("FR-001", "Users MUST NOT share keys.").level())
                .contains(RequirementLevel.MUST_NOT);
        assertThat(RequirementLevel.MUST_NOT.keyword()).isEqualTo("MUST NOT");
    }
}
