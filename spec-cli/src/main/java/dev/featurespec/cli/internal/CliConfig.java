package dev.featurespec.cli.internal;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The project configuration, {@code .featurespec.yaml}, looked up in the working directory and its
 * parents:
 *
 * <pre>{@code
 * profile: extended          # speckit, extended, or a profile file
 * rules:
 *   FS108: error             # id or alias -> error | warning | info | off
 *   duplicate-id: off
 * }</pre>
 *
 * @param source the file it was read from, when any
 * @param profile the profile to validate against, when set
 * @param rules per-rule severity; an empty optional turns the rule off
 */
public record CliConfig(Optional<Path> source, Optional<String> profile, Map<Rule, Optional<Severity>> rules) {
    /** The file name looked up. */
    public static final String FILE_NAME = ".featurespec.yaml";

    /**
     * The largest configuration file read, 64 KiB: a configuration names a profile and a few dozen rules,
     * and a YAML parser's time on one very long line grows faster than its length.
     */
    public static final int MAX_BYTES = 64 << 10;

    /**
     * YAML limited to the file size and a shallow nesting, for the configuration file; made on first use,
     * so that a run without a configuration file never loads the YAML parser.
     */
    private static final class Yaml {
        static final YAMLMapper MAPPER = YAMLMapper.builder(YAMLFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder()
                                .maxDocumentLength(MAX_BYTES)
                                .maxNestingDepth(32)
                                .build())
                        .build())
                .build();
    }

    /** Jackson's note on which limit was hit: {@code , from `StreamReadConstraints.getMaxNestingDepth()`}. */
    private static final Pattern JACKSON_SOURCE = Pattern.compile(",? ?from `[^`]*`");

    /** No configuration: built-in defaults. */
    public static final CliConfig DEFAULTS = new CliConfig(Optional.empty(), Optional.empty(), Map.of());

    public CliConfig {
        rules = Collections.unmodifiableMap(rules.isEmpty() ? Map.of() : new EnumMap<>(rules));
    }

    /** The nearest {@value #FILE_NAME} in {@code dir} or its parents, read; defaults when there is none. */
    public static CliConfig find(Path dir) {
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            Path candidate = d.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return load(candidate);
            }
        }
        return DEFAULTS;
    }

    /**
     * Reads a configuration file.
     *
     * @throws CliException when it cannot be read, is not YAML, or has an unknown key, rule or severity
     */
    public static CliConfig load(Path file) {
        String shown = SpecFiles.display(file);
        String text = read(file, shown);
        JsonNode root;
        try {
            root = Yaml.MAPPER.readTree(text);
        } catch (JacksonException e) {
            String where = e.getLocation() == null || e.getLocation().getLineNr() < 1
                    ? ""
                    : ":" + e.getLocation().getLineNr();
            throw new CliException(shown + where + ": not valid YAML: " + oneLine(e.getOriginalMessage()), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new CliConfig(Optional.of(file), Optional.empty(), Map.of());
        }
        if (!root.isObject()) {
            throw new CliException(shown + ": expected a mapping with the keys 'profile' and 'rules'");
        }
        Optional<String> profile = Optional.empty();
        Map<Rule, Optional<Severity>> rules = new EnumMap<>(Rule.class);
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            switch (e.getKey()) {
                case "profile" -> {
                    if (!e.getValue().isString()) {
                        throw new CliException(shown + ": 'profile' must be a profile name or file");
                    }
                    profile = Optional.of(e.getValue().asString());
                }
                case "rules" -> readRules(shown, e.getValue(), rules);
                default ->
                    throw new CliException(shown + ": unknown key '" + e.getKey() + "' (known keys: profile, rules)");
            }
        }
        return new CliConfig(Optional.of(file), profile, rules);
    }

    /**
     * The file's text, read only when it is at most {@value #MAX_BYTES} bytes: the size is counted while
     * reading, before any parsing, so a huge file (one 16 MiB comment line, say) is refused at once.
     */
    private static String read(Path file, String shown) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new CliException(shown + ": cannot read configuration: " + IoErrors.reason(e), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new CliException(shown + ": configuration file too large: the limit is " + MAX_BYTES + " bytes ("
                    + (MAX_BYTES >> 10) + " KiB)");
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new CliException(shown + ": configuration is not valid UTF-8; save the file as UTF-8", e);
        }
    }

    /**
     * A multi-line YAML parser message as one line: its unindented lines, without the reader position,
     * and without the Java method Jackson names for a limit ({@code (500, from
     * `StreamReadConstraints.getMaxNestingDepth()`)} becomes {@code (500)}).
     */
    static String oneLine(String message) {
        StringBuilder sb = new StringBuilder();
        for (String line : message.split("\\R")) {
            if (line.isBlank() || Character.isWhitespace(line.charAt(0)) || line.startsWith("in reader")) {
                continue;
            }
            sb.append(sb.length() == 0 ? "" : "; ").append(line.strip());
        }
        return JACKSON_SOURCE.matcher(sb).replaceAll("");
    }

    private static void readRules(String shown, JsonNode node, Map<Rule, Optional<Severity>> rules) {
        if (node.isNull()) {
            return;
        }
        if (!node.isObject()) {
            throw new CliException(shown + ": 'rules' must map rule ids or aliases to error, warning, info or off");
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            Rule rule = Rule.lookup(e.getKey())
                    .orElseThrow(() -> new CliException(shown + ": unknown rule '" + e.getKey()
                            + "' under 'rules' (see docs/rules.md for ids and aliases)"));
            JsonNode v = e.getValue();
            Optional<Severity> severity;
            if (v.isBoolean() && !v.asBoolean()) {
                severity = Optional.empty(); // YAML 1.1 readers take a bare off as false
            } else if (v.isString() && v.asString().strip().equalsIgnoreCase("off")) {
                severity = Optional.empty();
            } else if (v.isString()) {
                try {
                    severity = Optional.of(Severity.parse(v.asString()));
                } catch (IllegalArgumentException ex) {
                    throw new CliException(shown + ": rule " + e.getKey() + ": unknown severity '" + v.asString()
                            + "' (expected error, warning, info or off)");
                }
            } else {
                throw new CliException(shown + ": rule " + e.getKey() + ": expected error, warning, info or off");
            }
            rules.put(rule, severity);
        }
    }

    /** {@code diagnostics} with this configuration's severities applied and disabled rules removed. */
    public List<Diagnostic> apply(List<Diagnostic> diagnostics) {
        if (rules.isEmpty()) {
            return diagnostics;
        }
        List<Diagnostic> out = new ArrayList<>(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            Optional<Severity> configured = rules.get(d.rule());
            if (configured == null) {
                out.add(d);
            } else {
                configured.ifPresent(s -> out.add(d.withSeverity(s)));
            }
        }
        return out;
    }
}
