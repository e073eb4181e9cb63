package dev.featurespec.parser.json;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.SourceLocation;
import dev.featurespec.model.diagnostic.SourceMap;
import dev.featurespec.model.diagnostic.SourceRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Part of {@link OracleReader}, the reader before the streaming binder: builds the tree.
 *
 * <p>One streaming pass over a JSON or YAML document that builds the tree and records, for every value,
 * its JSON pointer → source range (the source map) and, for every property, where its key stands. Uses
 * an explicit stack, so nesting depth costs heap, not Java stack; the parser's {@code
 * StreamReadConstraints} bound it. Duplicate keys are reported (the first value is kept) and YAML
 * aliases refused. One instance per document; not thread-safe.
 */
final class OracleTreeBuilder {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper mapper;
    private final boolean yaml;
    private final int maxDepth;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final SourceMap.Builder sourceMap = SourceMap.builder();
    private final Map<String, String> rawScalars = new HashMap<>();
    private final List<PendingDuplicate> duplicates = new ArrayList<>();
    private String text;

    /** A duplicate-key diagnostic whose message waits for the first key's position. */
    private record PendingDuplicate(int index, String name, String pointer, SourceRange range) {}

    /** One open object or array. */
    private static final class Frame {
        final JsonNode node;
        final String pointer;
        final TokenStreamLocation start;
        String name;
        boolean skipValue;

        Frame(JsonNode node, String pointer, TokenStreamLocation start) {
            this.node = node;
            this.pointer = pointer;
            this.start = start;
        }
    }

    OracleTreeBuilder(ObjectMapper mapper, boolean yaml, int maxDepth) {
        this.mapper = mapper;
        this.yaml = yaml;
        this.maxDepth = maxDepth;
    }

    /** The tree, or null when the document could not be read (the diagnostics say why). */
    JsonNode build(String text) {
        this.text = text;
        try {
            return read(text);
        } finally {
            if (!duplicates.isEmpty()) {
                resolveDuplicates();
            }
        }
    }

    private JsonNode read(String text) {
        TokenStreamLocation last = null;
        Deque<Frame> stack = new ArrayDeque<>();
        JsonParser p = null;
        try {
            p = mapper.createParser(text);
            JsonNode root = null;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                last = p.currentTokenLocation();
                if (yaml && p instanceof YAMLParser yp && yp.isCurrentAlias()) {
                    diagnostics.add(Diagnostic.of(
                            Rule.INPUT_LIMIT_EXCEEDED,
                            "YAML alias *" + p.getString()
                                    + " is not allowed (aliases are refused so that alias bombs cannot expand)",
                            pointerOf(stack),
                            range(last, p.currentLocation())));
                    return null;
                }
                if (root != null && stack.isEmpty()) {
                    diagnostics.add(Diagnostic.of(
                            Rule.SYNTAX_ERROR,
                            yaml
                                    ? "more than one YAML document; a spec is one document"
                                    : "unexpected content after the JSON value",
                            "",
                            range(last, p.currentLocation())));
                    return null;
                }
                Frame top = stack.peek();
                if (t == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    top.name = name;
                    top.skipValue = false;
                    if (((ObjectNode) top.node).has(name)) {
                        String child = top.pointer + "/" + escape(name);
                        SourceRange keyRange = range(last, p.currentLocation());
                        // the message names the first key's position, found afterwards in one more pass
                        duplicates.add(new PendingDuplicate(diagnostics.size(), name, child, keyRange));
                        diagnostics.add(null);
                        top.skipValue = true;
                    }
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    Frame done = stack.pop();
                    SourceRange r = range(done.start, p.currentLocation());
                    if (r != null) {
                        sourceMap.put(done.pointer, r);
                    }
                    continue;
                }
                if (top != null && top.skipValue) {
                    // the repeated key's value: read past it, keep the first
                    top.skipValue = false;
                    p.skipChildren();
                    continue;
                }
                String pointer = top == null ? "" : childPointer(top);
                JsonNode node;
                switch (t) {
                    case START_OBJECT -> node = NODES.objectNode();
                    case START_ARRAY -> node = NODES.arrayNode();
                    case VALUE_STRING -> node = NODES.stringNode(p.getString());
                    case VALUE_NUMBER_INT -> node = NODES.numberNode(p.getBigIntegerValue());
                    case VALUE_NUMBER_FLOAT -> node = NODES.numberNode(p.getDecimalValue());
                    case VALUE_TRUE -> node = NODES.booleanNode(true);
                    case VALUE_FALSE -> node = NODES.booleanNode(false);
                    case VALUE_NULL -> node = NODES.nullNode();
                    default -> node = NODES.stringNode(p.getString());
                }
                if (yaml && t.isScalarValue() && t != JsonToken.VALUE_STRING) {
                    // YAML users write `created: 2026-02-03` or `status: yes`; keep the scalar as written
                    rawScalars.put(pointer, p.getString());
                }
                if (top == null) {
                    root = node;
                } else if (top.node instanceof ObjectNode o) {
                    o.set(top.name, node);
                } else {
                    ((ArrayNode) top.node).add(node);
                }
                if (node.isContainer()) {
                    if (stack.size() >= maxDepth) {
                        diagnostics.add(Diagnostic.of(
                                Rule.INPUT_LIMIT_EXCEEDED,
                                "nesting depth exceeds the limit of " + maxDepth,
                                pointer,
                                range(last, p.currentLocation())));
                        return null;
                    }
                    stack.push(new Frame(node, pointer, last));
                } else {
                    SourceRange r = range(last, p.currentLocation());
                    if (r != null) {
                        sourceMap.put(pointer, r);
                    }
                }
            }
            if (root == null) {
                diagnostics.add(Diagnostic.of(Rule.SYNTAX_ERROR, "the document is empty", "", null));
            }
            return root;
        } catch (StreamConstraintsException e) {
            // the token that went over the limit has begun; the pointer is where it would have gone
            TokenStreamLocation at = orElse(e.getLocation(), p != null ? p.currentTokenLocation() : last);
            diagnostics.add(
                    Diagnostic.of(Rule.INPUT_LIMIT_EXCEEDED, limitMessage(e), pointerOf(stack), range(at, null)));
            return null;
        } catch (JacksonException e) {
            diagnostics.add(
                    Diagnostic.of(Rule.SYNTAX_ERROR, syntaxMessage(e), "", range(orElse(e.getLocation(), last), null)));
            return null;
        } finally {
            if (p != null) {
                p.close();
            }
        }
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    SourceMap sourceMap() {
        return sourceMap.build();
    }

    private void resolveDuplicates() {
        Set<String> wanted = new HashSet<>();
        for (PendingDuplicate d : duplicates) {
            wanted.add(d.pointer());
        }
        Map<String, SourceRange> first = keys(wanted);
        for (PendingDuplicate d : duplicates) {
            SourceRange f = first.get(d.pointer());
            diagnostics.set(
                    d.index(),
                    Diagnostic.of(
                            Rule.DUPLICATE_KEY,
                            "duplicate key \"" + d.name() + "\""
                                    + (f == null
                                            ? ""
                                            : " (first at line " + f.start().line() + ", column "
                                                    + f.start().column() + ")"),
                            d.pointer(),
                            d.range()));
        }
    }

    /**
     * Pointer → range of the first key written for that pointer, for the {@code wanted} pointers: one
     * more streaming pass over the document, made only when a key's position is needed (duplicate keys,
     * unknown properties), so the common pass records no key at all.
     */
    Map<String, SourceRange> keys(Set<String> wanted) {
        Map<String, SourceRange> found = new HashMap<>();
        if (wanted.isEmpty()) {
            return found;
        }
        // per open container: its pointer, and for arrays the next index (-1 for objects)
        ArrayDeque<String> pointers = new ArrayDeque<>();
        ArrayDeque<int[]> counters = new ArrayDeque<>();
        String pendingChild = null;
        try (JsonParser p = mapper.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null && found.size() < wanted.size()) {
                if (t == JsonToken.PROPERTY_NAME) {
                    String child = pointers.peek() + "/" + escape(p.currentName());
                    if (wanted.contains(child) && !found.containsKey(child)) {
                        SourceRange r = range(p.currentTokenLocation(), p.currentLocation());
                        if (r != null) {
                            found.put(child, r);
                        }
                    }
                    pendingChild = child;
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    pointers.pop();
                    counters.pop();
                    continue;
                }
                String pointer;
                int[] counter = counters.peek();
                if (counter == null) {
                    pointer = "";
                } else if (counter[0] >= 0) {
                    pointer = pointers.peek() + "/" + counter[0]++;
                } else {
                    pointer = pendingChild;
                }
                if (t == JsonToken.START_OBJECT) {
                    pointers.push(pointer);
                    counters.push(new int[] {-1});
                } else if (t == JsonToken.START_ARRAY) {
                    pointers.push(pointer);
                    counters.push(new int[] {0});
                }
            }
        } catch (JacksonException e) {
            // the first pass reported it; the keys before it are found
        }
        return found;
    }

    /** Pointer → text as written, for YAML scalars Jackson read as numbers, booleans or null. */
    Map<String, String> rawScalars() {
        return rawScalars;
    }

    private static String childPointer(Frame top) {
        if (top.node instanceof ObjectNode) {
            return top.pointer + "/" + escape(top.name);
        }
        return top.pointer + "/" + top.node.size();
    }

    private static String pointerOf(Deque<Frame> stack) {
        Frame top = stack.peek();
        return top == null ? "" : childPointer(top);
    }

    /** RFC 6901 escaping of one reference token. */
    static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static TokenStreamLocation orElse(TokenStreamLocation a, TokenStreamLocation b) {
        return a != null && a.getLineNr() > 0 ? a : b;
    }

    /** The range from {@code start} to {@code end}; a point when {@code end} is unknown; null when both are. */
    static SourceRange range(TokenStreamLocation start, TokenStreamLocation end) {
        if (start == null || start.getLineNr() < 1 || start.getColumnNr() < 1) {
            return null;
        }
        SourceLocation s = new SourceLocation(start.getLineNr(), start.getColumnNr());
        SourceLocation e = s;
        if (end != null && end.getLineNr() >= 1 && end.getColumnNr() >= 1) {
            SourceLocation candidate = new SourceLocation(end.getLineNr(), end.getColumnNr());
            if (candidate.compareTo(s) >= 0) {
                e = candidate;
            }
        }
        return new SourceRange(s, e);
    }

    private String limitMessage(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("nesting depth")) {
            return "nesting depth exceeds the limit of " + maxDepth;
        }
        // Jackson names its configuration methods; say what the limit is instead
        int from = m.indexOf(", from `");
        if (from > 0) {
            int close = m.indexOf(')', from);
            m = m.substring(0, from) + (close > 0 ? m.substring(close) : ")");
        }
        return m;
    }

    private static String syntaxMessage(JacksonException e) {
        // Jackson quotes locations it was told not to include; the diagnostic carries the position
        String m =
                String.valueOf(e.getOriginalMessage()).replaceAll(" ?\\(start marker at \\[Source:[^\\]]*\\]\\)", "");
        if (m.indexOf('\n') < 0) {
            return m;
        }
        // snakeyaml-engine's messages interleave the problem with quoted source lines and carets
        StringBuilder sb = new StringBuilder();
        for (String line : m.split("\n")) {
            if (line.isBlank() || line.startsWith(" ") || line.startsWith("\t")) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(line.strip());
        }
        return sb.toString();
    }
}
