package dev.featurespec.cli.internal;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.Severity;
import dev.featurespec.model.diagnostic.SourceRange;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * SARIF 2.1.0, as GitHub code scanning accepts it: one run whose tool driver lists every {@link Rule}
 * (id, alias as name, summary, help link into {@code docs/rules.md}, default level), and one result per
 * diagnostic with its rule, level, message and a location relative to {@code %SRCROOT%}. Written as a
 * stream, like {@link JsonReport}.
 */
final class SarifReport {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/featurespec/featurespec";
    static final String RULES_DOC = INFORMATION_URI + "/blob/main/docs/rules.md";

    private SarifReport() {}

    static void write(List<FileReport> files, PrintWriter out) {
        try (JsonGenerator g = ReportFormat.prettyGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("$schema", SCHEMA);
            g.writeStringProperty("version", "2.1.0");
            g.writeArrayPropertyStart("runs");
            g.writeStartObject();
            g.writeObjectPropertyStart("tool");
            g.writeObjectPropertyStart("driver");
            g.writeStringProperty("name", "featurespec");
            g.writeStringProperty("semanticVersion", VersionProvider.version());
            g.writeStringProperty("informationUri", INFORMATION_URI);
            g.writeArrayPropertyStart("rules");
            for (Rule rule : Rule.values()) {
                g.writeStartObject();
                g.writeStringProperty("id", rule.id());
                g.writeStringProperty("name", rule.alias());
                g.writeObjectPropertyStart("shortDescription");
                g.writeStringProperty("text", rule.summary());
                g.writeEndObject();
                g.writeStringProperty("helpUri", RULES_DOC + "#" + anchor(rule));
                g.writeObjectPropertyStart("defaultConfiguration");
                g.writeStringProperty("level", level(rule.defaultSeverity()));
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray(); // rules
            g.writeEndObject(); // driver
            g.writeEndObject(); // tool
            g.writeArrayPropertyStart("results");
            for (FileReport file : files) {
                for (Diagnostic d : file.diagnostics()) {
                    result(g, file, d);
                }
            }
            g.writeEndArray();
            g.writeStringProperty("columnKind", "utf16CodeUnits");
            g.writeEndObject(); // run
            g.writeEndArray(); // runs
            g.writeEndObject();
        }
        out.println();
    }

    private static void result(JsonGenerator g, FileReport file, Diagnostic d) {
        g.writeStartObject();
        g.writeStringProperty("ruleId", d.rule().id());
        g.writeNumberProperty("ruleIndex", d.rule().ordinal());
        g.writeStringProperty("level", level(d.severity()));
        g.writeObjectPropertyStart("message");
        g.writeStringProperty("text", d.message());
        g.writeEndObject();
        g.writeArrayPropertyStart("locations");
        g.writeStartObject();
        g.writeObjectPropertyStart("physicalLocation");
        g.writeObjectPropertyStart("artifactLocation");
        g.writeStringProperty("uri", uri(file.path()));
        g.writeStringProperty("uriBaseId", "%SRCROOT%");
        g.writeEndObject();
        if (d.range().isPresent()) {
            SourceRange range = d.range().get();
            g.writeObjectPropertyStart("region");
            g.writeNumberProperty("startLine", range.start().line());
            g.writeNumberProperty("startColumn", range.start().column());
            g.writeNumberProperty("endLine", range.end().line());
            g.writeNumberProperty("endColumn", range.end().column());
            g.writeEndObject();
        }
        g.writeEndObject(); // physicalLocation
        g.writeEndObject();
        g.writeEndArray(); // locations
        if (!d.pointer().isEmpty()) {
            g.writeObjectPropertyStart("properties");
            g.writeStringProperty("pointer", d.pointer());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** The anchor of a rule's heading in {@code docs/rules.md}: {@code ### FS105 duplicate-id} → {@code fs105-duplicate-id}. */
    static String anchor(Rule rule) {
        return rule.id().toLowerCase(java.util.Locale.ROOT) + "-" + rule.alias();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A relative URI reference for a {@code /}-separated path, percent-encoding what needs it. */
    static String uri(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return path;
        }
    }
}
