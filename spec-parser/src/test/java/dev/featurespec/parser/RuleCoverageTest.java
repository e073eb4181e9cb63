package dev.featurespec.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.testkit.GoldenCase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the catalogue has at least one bad case: its id appears in some {@code *.diagnostics.txt}
 * of {@code testdata/bad} (the spec's rules) or of the repository's {@code testdata/tasks} and {@code
 * testdata/checklists} (the rules of {@code tasks.md} and checklists), or in an {@code expected.txt} of
 * {@code testdata/analyze} (the feature-folder rules) (CONTRACT §4). The cases are checked by {@code
 * GoldenTest}, {@code FolderGoldenTest} and spec-folder's {@code AnalysisGoldenTest}; this test only
 * makes sure none is missing.
 */
class RuleCoverageTest {
    private static final List<String> FOLDER_CASES = List.of("tasks", "checklists", "analyze");

    /** Rules that cannot be reached through the pipeline, each with the reason. Keep it short. */
    private static final Map<Rule, String> EXCEPTIONS = Map.of(
            Rule.UNREADABLE_FILE,
            "the command line reports a file it cannot read; spec-cli's UnreadableFilesTest has its cases");

    @Test
    void everyRuleHasABadCase() throws IOException {
        StringBuilder expected = new StringBuilder();
        try (Stream<Path> files = Files.list(GoldenCase.root().resolve("bad"))) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".diagnostics.txt"))
                    .toList()) {
                expected.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
            }
        }
        for (String folder : FOLDER_CASES) {
            try (Stream<Path> files = Files.walk(GoldenCase.root().resolve(folder))) {
                for (Path p : files.filter(f -> {
                            String n = f.getFileName().toString();
                            return n.endsWith(".diagnostics.txt") || n.equals("expected.txt");
                        })
                        .toList()) {
                    expected.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            if (!EXCEPTIONS.containsKey(rule) && !expected.toString().contains("[" + rule.id() + "]")) {
                missing.add(rule.id() + " " + rule.alias());
            }
        }
        assertThat(missing)
                .as("rules without a testdata/bad/*.diagnostics.txt line")
                .isEmpty();
    }
}
