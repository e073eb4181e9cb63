package dev.featurespec.model.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code docs/rules.md} explains every rule, under a heading with its id and alias. */
class RulesDocTest {
    private static final Pattern HEADING = Pattern.compile("(?m)^### (FS\\d{3}) ([a-z0-9-]+)$");
    private static String doc;

    @BeforeAll
    static void read() throws IOException {
        String configured = System.getProperty("featurespec.rulesDoc");
        Path path = configured != null ? Path.of(configured) : Path.of("..", "docs", "rules.md");
        doc = Files.readString(path, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void everyRuleHasASectionWithItsIdAndAlias(Rule rule) {
        assertThat(doc).contains("\n### " + rule.id() + " " + rule.alias() + "\n");
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void everySectionStatesTheDefaultSeverity(Rule rule) {
        int start = doc.indexOf("\n### " + rule.id() + " ");
        int end = doc.indexOf("\n### ", start + 1);
        String section = doc.substring(start, end < 0 ? doc.length() : end);
        assertThat(section)
                .containsPattern(
                        "[Ss]everit(y|ies)[^\\n]*\\b" + rule.defaultSeverity().label() + "\\b");
    }

    @Test
    void everyHeadingNamesAnExistingRuleInCatalogueOrder() {
        Matcher m = HEADING.matcher(doc);
        List<String> documented = new java.util.ArrayList<>();
        while (m.find()) {
            assertThat(Rule.lookup(m.group(1)))
                    .as("heading %s", m.group())
                    .hasValueSatisfying(r -> assertThat(r.alias()).isEqualTo(m.group(2)));
            documented.add(m.group(1));
        }
        assertThat(documented)
                .containsExactlyElementsOf(
                        Arrays.stream(Rule.values()).map(Rule::id).toList());
    }

    @Test
    void documentsConfigurationAndSuppression() {
        assertThat(doc)
                .contains("`.featurespec.yaml`")
                .contains("profile: extended")
                .contains("duplicate-id: off")
                .contains("<!-- featurespec-disable-next-line FS111 -->");
    }
}
