package dev.featurespec.cli.internal;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.Severity;
import dev.featurespec.model.diagnostic.SourceRange;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0, as GitHub code scanning accepts it: one run whose tool driver lists every {@link Rule}
 * (id, alias as name, summary, help link into {@code docs/rules.md}, default level), and one result per
 * diagnostic with its rule, level, message and a location relative to {@code %SRCROOT%}.
 */
final class SarifReport {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/featurespec/featurespec";
    static final String RULES_DOC = INFORMATION_URI + "/blob/main/docs/rules.md";

    private SarifReport() {}

    static void write(List<FileReport> files, PrintWriter out) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "featurespec");
        driver.put("semanticVersion", VersionProvider.version());
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode rules = driver.putArray("rules");
        for (Rule rule : Rule.values()) {
            ObjectNode r = rules.addObject();
            r.put("id", rule.id());
            r.put("name", rule.alias());
            r.putObject("shortDescription").put("text", rule.summary());
            r.put("helpUri", RULES_DOC + "#" + anchor(rule));
            r.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
        }
        ArrayNode results = run.putArray("results");
        for (FileReport file : files) {
            for (Diagnostic d : file.diagnostics()) {
                ObjectNode r = results.addObject();
                r.put("ruleId", d.rule().id());
                r.put("ruleIndex", d.rule().ordinal());
                r.put("level", level(d.severity()));
                r.putObject("message").put("text", d.message());
                ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
                ObjectNode artifact = physical.putObject("artifactLocation");
                artifact.put("uri", uri(file.path()));
                artifact.put("uriBaseId", "%SRCROOT%");
                if (d.range().isPresent()) {
                    SourceRange range = d.range().get();
                    ObjectNode region = physical.putObject("region");
                    region.put("startLine", range.start().line());
                    region.put("startColumn", range.start().column());
                    region.put("endLine", range.end().line());
                    region.put("endColumn", range.end().column());
                }
                if (!d.pointer().isEmpty()) {
                    r.putObject("properties").put("pointer", d.pointer());
                }
            }
        }
        run.put("columnKind", "utf16CodeUnits");
        out.println(ReportFormat.prettyJson(mapper).writeValueAsString(root));
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
