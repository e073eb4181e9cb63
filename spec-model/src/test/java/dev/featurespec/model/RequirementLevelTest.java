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
                "It MAY log; it MUST NOT crash.|MUST_NOT",
                "System SHOULD cache, and in production MUST.|MUST",
                "System MUST log and MUST NOT print secrets.|MUST",
                "System MUST NOT print secrets and MUST log.|MUST_NOT",
                "Clients MAY retry and SHOULD back off.|SHOULD",
                "It is OPTIONAL, NOT RECOMMENDED even, and MAY go.|NOT_RECOMMENDED"
            })
    void findsTheStrongestKeywordTheFirstOfEquals(String text, RequirementLevel level) {
        assertThat(RequirementLevel.find(text)).contains(level);
    }

    @ParameterizedTest
    @CsvSource({
        "MUST,true,false,false,false",
        "MUST_NOT,true,false,false,true",
        "SHALL,true,false,false,false",
        "SHALL_NOT,true,false,false,true",
        "REQUIRED,true,false,false,false",
        "SHOULD,false,true,false,false",
        "SHOULD_NOT,false,true,false,true",
        "RECOMMENDED,false,true,false,false",
        "NOT_RECOMMENDED,false,true,false,true",
        "MAY,false,false,true,false",
        "OPTIONAL,false,false,true,false"
    })
    void classes(RequirementLevel level, boolean mandatory, boolean recommended, boolean optional, boolean negative) {
        assertThat(level.isMandatory()).isEqualTo(mandatory);
        assertThat(level.isRecommended()).isEqualTo(recommended);
        assertThat(level.isOptional()).isEqualTo(optional);
        assertThat(level.isNegative()).isEqualTo(negative);
    }

    @Test
    void lowerCaseKeywordsGiveNoLevelAsRfc8174Says() {
        Requirement lower = Requirement.of("FR-001", "The system must log every login.");

        assertThat(lower.level()).isEmpty();
        assertThat(lower.isMandatory()).isFalse();
        assertThat(Requirement.of("FR-002", "System SHOULD cache, and in production MUST.")
                        .isMandatory())
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"System must log.", "System Must log.", "MUSTARD is yellow", "XMUST", "MUST_BE", ""})
    void lowerCaseAndPartsOfWordsDoNotCount(String text) {
        assertThat(RequirementLevel.find(text)).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "O sistema DEVE registrar o acesso.|MUST",
                "O banco NÃO DEVE apagar rascunhos.|MUST_NOT",
                "O usuário PODE exportar.|MAY",
                "El sistema DEBE registrar el estado.|MUST",
                "El sistema NO  DEBE borrar datos.|MUST_NOT",
                "L'application DOIT chiffrer les données.|MUST",
                "L'application NE DOIT PAS stocker le mot de passe.|MUST_NOT",
                "Das System MUSS protokollieren.|MUST",
                "Das System DARF NICHT abstürzen.|MUST_NOT",
                "Система ДОЛЖНА вести журнал.|MUST",
                "系统必须记录日志|MUST",
                "系统不得保存密码|MUST_NOT",
                "界面应该显示进度，不应该阻塞|SHOULD",
                "用户可以导出报表|MAY",
                "システムはスコアを計算しなければならない|MUST",
                "システムはパスワードを保存してはならない|MUST_NOT",
                "시스템은 메트릭을 제공해야 합니다.|MUST",
                "성능이 저하되지 않아야 합니다.|MUST_NOT",
                "O sistema MUST registrar; NÃO DEVE apagar.|MUST"
            })
    void findsTheFirstTranslatedKeywordWhenThereIsNoEnglishOne(String text, RequirementLevel level) {
        assertThat(RequirementLevel.find(text)).contains(level);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "O sistema deve registrar.",
                "O sistema Deve registrar.",
                "DEVELOPER tools",
                "PODEST",
                "the DOIT_X framework",
                "KANNADA script",
                "Das System muss protokollieren."
            })
    void translatedWordsCountOnlyInUpperCaseAndAsWholeWords(String text) {
        assertThat(RequirementLevel.find(text)).isEqualTo(Optional.empty());
    }

    @Test
    void translatedKeywordsAreFoundExactlyWhereTheirRegexFindsThem() {
        java.util.regex.Pattern regex = RequirementLevel.Translations.pattern();
        String[] pieces = {
            "DEVE",
            "NÃO",
            "NO",
            "DEBE",
            "NE",
            "DOIT",
            "PAS",
            "DARF",
            "NICHT",
            "MUSS",
            "ДОЛЖЕН",
            "НЕ",
            "PODE",
            "必须",
            "不得",
            "不应该",
            "应该",
            "可以",
            "しなければならない",
            "べき",
            "해야 합니다",
            "않아야",
            " ",
            "  ",
            "\t",
            "\n",
            "x",
            "_",
            "1",
            "é",
            "DEVEM",
            "DEVERIA",
            "SOLLTE",
            "-",
            "。"
        };
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(8);
            for (int j = 0; j < n; j++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            java.util.regex.Matcher m = regex.matcher(text);
            Optional<RequirementLevel> expected = m.find()
                    ? Optional.of(
                            RequirementLevel.Translations.levelOf(m.group().replaceAll("\\s+", " ")))
                    : Optional.empty();
            assertThat(RequirementLevel.Translations.find(text)).as(text).isEqualTo(expected);
        }
    }

    @Test
    void requirementLevelIsDerivedFromItsText() {
        assertThat(Requirement.of("FR-001", "Users MUST NOT share keys.").level())
                .contains(RequirementLevel.MUST_NOT);
        assertThat(RequirementLevel.MUST_NOT.keyword()).isEqualTo("MUST NOT");
    }
}
