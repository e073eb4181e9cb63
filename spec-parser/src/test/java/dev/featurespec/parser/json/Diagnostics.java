package dev.featurespec.parser.json;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.parser.ParseResult;
import java.util.List;

/** Diagnostics as one line each, for exact assertions: {@code FS053 4:19 /userStories/0/titel message}. */
final class Diagnostics {
    private Diagnostics() {}

    static List<String> of(ParseResult result) {
        return result.diagnostics().stream().map(Diagnostics::line).toList();
    }

    static String line(Diagnostic d) {
        String where = d.range().map(r -> r.start().toString()).orElse("-");
        return d.rule().id() + " " + where + " " + (d.pointer().isEmpty() ? "\"\"" : d.pointer()) + " " + d.message();
    }
}
