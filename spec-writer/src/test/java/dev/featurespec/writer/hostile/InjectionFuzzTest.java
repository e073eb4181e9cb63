package dev.featurespec.writer.hostile;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.Severity;
import dev.featurespec.model.validation.SpecValidator;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.json.JsonSpecReader;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import dev.featurespec.testkit.SpecGenerator;
import dev.featurespec.testkit.TextInjection;
import dev.featurespec.writer.json.JsonSpecWriter;
import dev.featurespec.writer.markdown.MarkdownSpecWriter;
import java.util.List;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzes JSON → Markdown → model, the injection law: a generated spec with any text in one of its text
 * fields (every {@link TextInjection.Field}; requirements and criteria written as bullets or, with item
 * tables, as table rows) goes through JSON; when that JSON validates without an error, its Markdown reads back as the same
 * spec; when it does not because of the text, FS120 names the field. Seeds in {@code
 * InjectionFuzzTestInputs/jsonMarkdownModelKeepsStructure/} run in every build; {@code JAZZER_FUZZ=1}
 * fuzzes (see BENCHMARKS.md).
 */
@Tag("hostile")
class InjectionFuzzTest {
    private static final SpecValidator VALIDATOR = SpecValidator.create();
    private static final MarkdownSpecWriter WRITER = MarkdownSpecWriter.create();
    private static final MarkdownSpecParser PARSER = MarkdownSpecParser.create();
    private static final List<TextInjection.Field> FIELDS = List.of(TextInjection.Field.values());

    @FuzzTest(maxDuration = "10m")
    void jsonMarkdownModelKeepsStructure(FuzzedDataProvider data) {
        long seed = data.consumeLong(0, 1000);
        TextInjection.Field field = FIELDS.get(data.consumeInt(0, FIELDS.size() - 1));
        boolean tables = data.consumeBoolean();
        String text = data.consumeRemainingAsString();
        // with item tables, requirements and criteria are written as table rows
        FeatureSpec spec = tables
                ? TextInjection.withItemTables(field.inject(
                        TextInjection.tableReady(new SpecGenerator(seed).size(2).next()), text))
                : field.inject(new SpecGenerator(seed).size(2).tables(false).next(), text);
        ParseResult fromJson =
                JsonSpecReader.create().parse(JsonSpecWriter.create().write(spec));
        if (fromJson.unreadable()) {
            throw new AssertionError("the writer's own JSON is unreadable: " + fromJson.diagnostics());
        }
        List<Diagnostic> errors = fromJson.validate(VALIDATOR).stream()
                .filter(d -> d.severity() == Severity.ERROR)
                .toList();
        if (!errors.isEmpty()) {
            boolean named = errors.stream()
                    .anyMatch(d -> d.rule() != Rule.NOT_WRITABLE || d.pointer().equals(field.pointer()));
            if (!named) {
                throw new AssertionError("FS120 away from " + field.pointer() + ": " + errors);
            }
            return;
        }
        String md = WRITER.write(fromJson.spec());
        FeatureSpec again = PARSER.parse(md).spec();
        if (!again.equals(fromJson.spec())) {
            throw new AssertionError("JSON that validates clean does not read back from its Markdown\n--- field "
                    + field + " += " + text + "\n--- markdown ---\n" + md + "\n--- read back ---\n" + again
                    + "\n--- expected ---\n" + fromJson.spec());
        }
    }
}
