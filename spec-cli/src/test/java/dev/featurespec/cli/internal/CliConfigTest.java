package dev.featurespec.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliConfigTest {
    @TempDir
    Path dir;

    @Test
    void readsProfileSeveritiesAndDisabledRulesByIdOrAlias() throws IOException {
        Path file = dir.resolve(CliConfig.FILE_NAME);
        Files.writeString(file, """
                profile: extended
                rules:
                  FS108: error
                  duplicate-id: off
                  no-p1-story: info
                """);
        CliConfig config = CliConfig.load(file);
        assertThat(config.profile()).contains("extended");
        assertThat(config.rules())
                .containsEntry(Rule.UNFILLED_PLACEHOLDER, Optional.of(Severity.ERROR))
                .containsEntry(Rule.DUPLICATE_ID, Optional.empty())
                .containsEntry(Rule.NO_P1_STORY, Optional.of(Severity.INFO));
    }

    @Test
    void isFoundInAParentFolder() throws IOException {
        Files.writeString(dir.resolve(CliConfig.FILE_NAME), "profile: speckit\n");
        Path nested = Files.createDirectories(dir.resolve("specs/001-x"));
        assertThat(CliConfig.find(nested).profile()).contains("speckit");
    }

    @Test
    void applyOverridesSeveritiesAndDropsDisabledRules() {
        CliConfig config = new CliConfig(
                Optional.empty(),
                Optional.empty(),
                java.util.Map.of(
                        Rule.UNFILLED_PLACEHOLDER, Optional.of(Severity.ERROR), Rule.DUPLICATE_ID, Optional.empty()));
        List<Diagnostic> out = config.apply(List.of(ReportFormatTest.DUPLICATE, ReportFormatTest.PLACEHOLDER));
        assertThat(out).containsExactly(ReportFormatTest.PLACEHOLDER.withSeverity(Severity.ERROR));
    }

    @Test
    void unknownRuleIsAUsageError() throws IOException {
        Path file = dir.resolve(CliConfig.FILE_NAME);
        Files.writeString(file, "rules:\n  FS999: error\n");
        assertThatThrownBy(() -> CliConfig.load(file))
                .isInstanceOf(CliException.class)
                .hasMessage(file + ": unknown rule 'FS999' under 'rules' (see docs/rules.md for ids and aliases)");
    }

    @Test
    void unknownSeverityIsAUsageError() throws IOException {
        Path file = dir.resolve(CliConfig.FILE_NAME);
        Files.writeString(file, "rules:\n  FS108: fatal\n");
        assertThatThrownBy(() -> CliConfig.load(file))
                .isInstanceOf(CliException.class)
                .hasMessage(file + ": rule FS108: unknown severity 'fatal' (expected error, warning, info or off)");
    }

    @Test
    void emptyFileMeansDefaults() throws IOException {
        Path file = dir.resolve(CliConfig.FILE_NAME);
        Files.writeString(file, "");
        assertThat(CliConfig.load(file).rules()).isEmpty();
        assertThat(CliConfig.load(file).profile()).isEmpty();
    }
}
