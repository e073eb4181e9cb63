package dev.featurespec.writer.json;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

final class JsonSpecWriterTestSupport {
    private JsonSpecWriterTestSupport() {}

    /** {@code node} pretty-printed like {@link JsonSpecWriter#create()}: two spaces, LF, trailing newline. */
    static String pretty(JsonNode node) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return JsonMapper.shared().writer().with(printer).writeValueAsString(node) + "\n";
    }
}
