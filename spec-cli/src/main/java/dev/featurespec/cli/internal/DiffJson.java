package dev.featurespec.cli.internal;

import dev.featurespec.diff.Change;
import dev.featurespec.diff.FieldChange;
import dev.featurespec.diff.Significance;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The diff as one JSON object, written with Jackson's streaming generator (no data binding), valid
 * against {@code featurespec-diff-1.schema.json} ({@code featurespec schema --diff}):
 *
 * <pre>{@code
 * {"specs": [{"path": "specs/001/spec.md", "oldPath": "specs/001/spec.md", "status": "modified", "changes": 1}],
 *  "changes": [{"path": "specs/001/spec.md", "kind": "added", "element": "functionalRequirement",
 *               "id": "FR-012", "before": null, "after": "/functionalRequirements/11", "newLine": 41,
 *               "significance": ["stricter"], "summary": "added FR-012 \"System MUST …\" [stricter]",
 *               "fields": [], "newValue": {"id": "FR-012", "text": "System MUST …", "level": "MUST"}}]}
 * }</pre>
 */
final class DiffJson {
    // the generator must not close the command's output writer when it is closed
    private static final JsonFactory FACTORY =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private DiffJson() {}

    static void write(List<ComparedSpec> specs, PrintWriter out) {
        try (JsonGenerator g = FACTORY.createGenerator(pretty(), out)) {
            g.writeStartObject();
            g.writeArrayPropertyStart("specs");
            for (ComparedSpec spec : specs) {
                g.writeStartObject();
                g.writeStringProperty("path", spec.path());
                if (spec.oldPath().isPresent()) {
                    g.writeStringProperty("oldPath", spec.oldPath().get());
                }
                g.writeStringProperty("status", spec.status().label());
                g.writeNumberProperty("changes", spec.diff().changes().size());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("changes");
            for (ComparedSpec spec : specs) {
                for (Change c : spec.diff().changes()) {
                    change(g, spec, c);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }

    private static void change(JsonGenerator g, ComparedSpec spec, Change c) {
        g.writeStartObject();
        g.writeStringProperty("path", spec.path());
        g.writeStringProperty("kind", c.kind().label());
        g.writeStringProperty("element", c.element().label());
        optional(g, "id", c.id());
        optional(g, "before", c.before());
        optional(g, "after", c.after());
        line(g, "oldLine", spec.oldLine(c));
        line(g, "newLine", spec.newLine(c));
        g.writeArrayPropertyStart("significance");
        for (Significance s : c.significance()) {
            g.writeString(s.label());
        }
        g.writeEndArray();
        g.writeStringProperty("summary", c.summary());
        g.writeArrayPropertyStart("fields");
        for (FieldChange f : c.fields()) {
            g.writeStartObject();
            g.writeStringProperty("field", f.field());
            optional(g, "old", f.oldValue());
            optional(g, "new", f.newValue());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (c.oldValue().isPresent()) {
            g.writeName("oldValue");
            ElementJson.write(g, c.oldValue().get());
        }
        if (c.newValue().isPresent()) {
            g.writeName("newValue");
            ElementJson.write(g, c.newValue().get());
        }
        g.writeEndObject();
    }

    /** A string member, {@code null} when the value is absent (the member is always there). */
    private static void optional(JsonGenerator g, String name, Optional<String> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get());
        } else {
            g.writeNullProperty(name);
        }
    }

    private static void line(JsonGenerator g, String name, OptionalInt line) {
        if (line.isPresent()) {
            g.writeNumberProperty(name, line.getAsInt());
        }
    }

    /** Pretty-printing as the other JSON reports: two-space indent, {@code "key": value}, LF. */
    private static ObjectWriteContext pretty() {
        return new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
                Separators separators = Separators.createDefaultInstance()
                        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator("");
                return new DefaultPrettyPrinter(separators)
                        .withObjectIndenter(indenter)
                        .withArrayIndenter(indenter);
            }

            @Override
            public boolean hasPrettyPrinter() {
                return true;
            }
        };
    }
}
