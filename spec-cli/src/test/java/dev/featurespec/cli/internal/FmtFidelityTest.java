package dev.featurespec.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.featurespec.cli.Cli;
import dev.featurespec.cli.Cli.Run;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.testkit.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code fmt} formats every real spec (it never refuses one), keeps the author's section order unless
 * asked for the template's, and, when it must refuse, says where with a diagnostic and exit 1.
 */
class FmtFidelityTest {
    @TempDir
    Path dir;

    static Stream<Path> everyCorpusSpec() {
        return Corpus.everySpecOrSkip().stream();
    }

    @ParameterizedTest
    @MethodSource("everyCorpusSpec")
    void formatsEveryCorpusSpecWithoutRefusing(Path file) {
        SourceFile source = SpecFiles.read(file);

        assertThatCode(() -> FmtCommand.format(source, null, false)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("everyCorpusSpec")
    void reordersEveryCorpusSpecWithoutRefusing(Path file) {
        SourceFile source = SpecFiles.read(file);

        assertThatCode(() -> FmtCommand.format(source, null, true)).doesNotThrowAnyException();
    }

    @Test
    void formatsABranchNameWithAnUnclosedBacktick() throws IOException {
        Path spec = write("""
                # Feature Specification: Checkout

                **Feature Branch**: `042-checkout
                **Status**: Draft
                """);

        Run run = Cli.run("fmt", spec.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("**Feature Branch**: `042-checkout  \n**Status**: Draft\n");
    }

    @Test
    void formatsABareBulletUnderClarifications() throws IOException {
        Path spec = write("""
                # Feature Specification: Checkout

                ## Clarifications

                -
                - Q: Which cards? → A: Visa only.

                ## Assumptions

                - Shoppers have a card.
                """);

        Run run = Cli.run("fmt", spec.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("## Clarifications\n\n-\n- Q: Which cards? → A: Visa only.\n");
    }

    @Test
    void formatsFrontMatterOverAQuarterMebibyte() throws IOException {
        StringBuilder yaml = new StringBuilder("---\n");
        for (int i = 0; yaml.length() < 300 * 1024; i++) {
            yaml.append("key").append(i).append(": ").append("x".repeat(100)).append('\n');
        }
        Path spec = write(yaml + "---\n\n# Feature Specification: Big\n\n**Status**: Draft\n");

        Run run = Cli.run("fmt", "--check", spec.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(Files.size(spec)).isGreaterThan(256 * 1024);
    }

    @Test
    void keepsTheAuthorsSectionOrderUnlessAskedToReorder() throws IOException {
        Path spec = write("""
                # Feature Specification: Kettle

                ## Assumptions

                - Mains power.

                ## Clarifications

                ### Session 2026-02-03

                - Q: Loud? → A: 60 dB.
                """);

        Run kept = Cli.run("fmt", "--check", spec.toString());
        Run reordered = Cli.run("fmt", "--reorder", spec.toString());

        assertThat(kept.exit()).isZero();
        assertThat(reordered.exit()).isZero();
        assertThat(reordered.out()).isEqualTo("""
                        # Feature Specification: Kettle

                        ## Clarifications

                        ### Session 2026-02-03

                        - Q: Loud? → A: 60 dB.

                        ## Assumptions

                        - Mains power.
                        """);
    }

    @Test
    void aRefusalIsADiagnosticAtTheElementThatWouldNotReadBack() {
        String md = """
                # Feature Specification: Kettle

                ## Requirements

                ### Functional Requirements

                - **FR-001**: System MUST beep.
                - **FR-002**: System MUST stop.
                """;
        ParseResult parsed = MarkdownSpecParser.create().parse(md);
        FeatureSpec lost = parsed.spec().toBuilder()
                .functionalRequirements(java.util.List.of(Requirement.of("FR-001", "System MUST beep.")))
                .build();

        Diagnostic d = FmtCommand.notWritable(parsed.spec(), lost, parsed.sourceMap());

        assertThat(TextReport.line("spec.md", d))
                .isEqualTo("spec.md:8:1: error: /functionalRequirements/1 would not read back the same from its"
                        + " canonical Markdown; the file is left unformatted (please report this) [FS120]");
        assertThat(d.rule()).isEqualTo(Rule.NOT_WRITABLE);
    }

    private Path write(String text) throws IOException {
        Path p = dir.resolve("spec.md");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
