package dev.featurespec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.diff.Change;
import dev.featurespec.diff.Significance;
import dev.featurespec.diff.SpecDiff;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.SourceDocument;
import dev.featurespec.model.validation.SpecValidator;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.json.JsonSpecReader;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.writer.json.JsonSpecWriter;
import dev.featurespec.writer.markdown.MarkdownSpecWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's Java examples, compiled and run so they never rot: the code between the {@code // README:}
 * marker and the next blank line must appear verbatim (dedented) in README.md.
 */
class ReadmeExampleTest {
    static final Path README = Path.of("README.md");

    @Test
    void parseValidateWriteJson() throws IOException {
        // README: parse-validate-json
        ParseResult result = MarkdownSpecParser.create().parse(Path.of("examples/seed-format/spec.md"));
        FeatureSpec spec = result.spec();
        System.out.println(spec.title() + ": " + spec.functionalRequirements().size() + " requirements");
        List<Diagnostic> problems = result.validate(SpecValidator.create()); // structure + constraints
        problems.forEach(System.out::println); // none here; else "29:1: error: FR-002 is declared twice … [FS105]"
        String json = JsonSpecWriter.create().write(spec);
        FeatureSpec back = JsonSpecReader.create().parse(json).spec(); // equal to spec

        assertThat(spec.title()).isEqualTo("Resumable Model Downloads");
        assertThat(spec.functionalRequirements()).hasSize(6);
        assertThat(problems).isEmpty();
        assertThat(back).isEqualTo(spec);
    }

    @Test
    void diffTwoVersions() throws IOException {
        // README: diff
        MarkdownSpecParser parser = MarkdownSpecParser.create();
        ParseResult before = parser.parse(Path.of("testdata/diff/requirements.old.md"));
        ParseResult after = parser.parse(Path.of("testdata/diff/requirements.new.md"));
        SpecDiff diff = SpecDiff.between(before.spec(), after.spec());
        diff.changes().forEach(c -> System.out.println(c.summary()));
        // added FR-003 "System MUST keep at most one partial file per model." [stricter]
        // moved FR-004 (was FR-003) "Users MUST be able to cancel a download and delete its partial file."
        boolean breaking = diff.has(Significance.BREAKING); // false: a bot can gate on it

        assertThat(diff.changes())
                .extracting(Change::summary)
                .contains(
                        "added FR-003 \"System MUST keep at most one partial file per model.\" [stricter]",
                        "moved FR-004 (was FR-003) \"Users MUST be able to cancel a download and delete its partial file.\"");
        assertThat(breaking).isFalse();
    }

    @Test
    void editInPlace() throws IOException {
        // README: edit-in-place
        ParseResult result = MarkdownSpecParser.create().parse(Path.of("examples/seed-format/spec.md"));
        SourceDocument base = result.document().orElseThrow(); // the text as read, and where each element stands
        FeatureSpec spec = base.spec();
        FeatureSpec edited = spec.toBuilder()
                .metadata(spec.metadata().toBuilder().status("Approved").build())
                .addFunctionalRequirement(Requirement.of(spec.nextRequirementId(), "System MUST log each retry."))
                .build();
        String markdown = MarkdownSpecWriter.create().writeOnto(base, edited);
        // "**Status**: Approved  " in place of "**Status**: Draft  ", and "- **FR-007**: …" after FR-006

        String original = Files.readString(Path.of("examples/seed-format/spec.md"));
        assertThat(MarkdownSpecParser.create().parse(markdown).spec()).isEqualTo(edited);
        assertThat(markdown)
                .isEqualTo(original.replace("**Status**: Draft  ", "**Status**: Approved  ")
                        .replace(
                                "exponential back-off.\n",
                                "exponential back-off.\n- **FR-007**: System MUST log each retry.\n"));
        assertThat(MarkdownSpecWriter.create().writeOnto(base, spec)).isEqualTo(original);
    }

    @Test
    void readmeShowsTheEditInPlaceExample() throws IOException {
        assertThat(Files.readString(README))
                .contains(snippet(
                        Path.of("spec-cli/src/test/java/dev/featurespec/cli/ReadmeExampleTest.java"), "edit-in-place"));
    }

    @Test
    void readmeShowsTheDiffExample() throws IOException {
        assertThat(Files.readString(README))
                .contains(
                        snippet(Path.of("spec-cli/src/test/java/dev/featurespec/cli/ReadmeExampleTest.java"), "diff"));
    }

    @Test
    void readmeShowsTheParseValidateJsonExample() throws IOException {
        assertThat(Files.readString(README))
                .contains(snippet(
                        Path.of("spec-cli/src/test/java/dev/featurespec/cli/ReadmeExampleTest.java"),
                        "parse-validate-json"));
    }

    @Test
    void readmeShowsTheBuildAndValidateExample() throws IOException {
        assertThat(Files.readString(README))
                .contains(snippet(
                        Path.of("spec-model/src/test/java/dev/featurespec/model/ModelUsageExampleTest.java"),
                        "build-and-validate"));
    }

    @Test
    void readmeKeepsTheSetUpCommands() throws IOException {
        assertThat(Files.readString(README))
                .contains("./featurespec validate examples/", "./mvnw verify", "needs only a JDK 17+");
    }

    /** The lines after {@code // README: name} up to the next blank line, dedented. */
    static String snippet(Path source, String name) throws IOException {
        List<String> lines = Files.readAllLines(source);
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("// README: " + name)) {
                start = i + 1;
                break;
            }
        }
        assertThat(start).as("marker // README: %s in %s", name, source).isPositive();
        int end = start;
        while (end < lines.size() && !lines.get(end).isBlank()) {
            end++;
        }
        List<String> block = lines.subList(start, end);
        int indent = block.stream()
                .mapToInt(l -> l.length() - l.stripLeading().length())
                .min()
                .orElse(0);
        return block.stream().map(l -> l.substring(indent)).collect(Collectors.joining("\n"));
    }
}
