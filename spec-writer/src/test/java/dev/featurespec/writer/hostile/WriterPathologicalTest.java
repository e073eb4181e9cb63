package dev.featurespec.writer.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.featurespec.model.ApiContractSection;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.Statement;
import dev.featurespec.writer.json.JsonSpecWriter;
import dev.featurespec.writer.json.YamlSpecWriter;
import dev.featurespec.writer.markdown.MarkdownSpecWriter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The writers on models no parser would build but the API allows: deeply nested statements and texts
 * made of delimiter runs. Writing must not recurse by depth nor take quadratic time. (Markdown itself
 * is quadratic in list depth, every level indenting its whole subtree, so the Markdown case is 1,000
 * deep: 1 MB of indentation; 10,000 would be 100 MB.)
 */
@Tag("hostile")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WriterPathologicalTest {

    @Test
    void markdownWriterWritesDeeplyNestedStatements() {
        String markdown = MarkdownSpecWriter.create().write(deep(1_000));

        assertThat(markdown).contains("`GET /deep`");
    }

    @Test
    void jsonWriterWritesOrRefusesDeeplyNestedStatementsWithoutStackOverflow() {
        try {
            assertThat(JsonSpecWriter.builder().compact(true).build().write(deep(10_000)))
                    .contains("GET /deep");
        } catch (IllegalStateException e) {
            // a documented refusal (Jackson's nesting limit), not a StackOverflowError
            assertThat(e).hasMessageStartingWith("cannot write spec");
        }
    }

    @Test
    void yamlWriterRefusesDeeplyNestedStatementsWithoutStackOverflow() {
        assertThatThrownBy(() -> YamlSpecWriter.create().write(deep(10_000)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot write spec: its statements nest deeper than the limit of 500 objects and arrays");
        assertThat(YamlSpecWriter.create().write(deep(240))).contains("GET /deep");
    }

    @Test
    void markdownWriterWritesTextsOfDelimiterRuns() {
        String mess = "**[`".repeat(100_000);
        FeatureSpec spec = FeatureSpec.builder("M")
                .addFunctionalRequirement(Requirement.of("FR-001", mess))
                .build();

        assertThat(MarkdownSpecWriter.create().write(spec)).contains(mess);
    }

    private static FeatureSpec deep(int depth) {
        Statement statement = Statement.of("`GET /deep`");
        for (int i = 0; i < depth; i++) {
            statement = new Statement("level " + i, List.of(statement));
        }
        return FeatureSpec.builder("Deep")
                .apiContract(new ApiContractSection(List.of(statement)))
                .build();
    }
}
