package dev.featurespec.parser.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads small YAML data files (a user's profile or language) into a plain tree of {@link Node}s with
 * positions, on Jackson's streaming YAML parser only: no data binding, so it runs whatever
 * jackson-annotations version a user's classpath has. Not API.
 */
public final class DataFiles {
    /** Data files are small; anything bigger is not one of ours. */
    public static final int MAX_BYTES = 1 << 20;

    private static final int MAX_DEPTH = 32;

    private static final YAMLFactory YAML = YAMLFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(MAX_BYTES)
                    .maxNestingDepth(MAX_DEPTH)
                    .build())
            .build();

    private DataFiles() {}

    /**
     * A value of a data file: a {@link String} (any scalar, as written), a {@code List<Node>} or a {@code
     * Map<String, Node>} in file order, or null for YAML's null; with its 1-based position.
     */
    public record Node(Object value, int line, int column) {
        /** Where the value is, for messages: {@code (line 3, column 5)}. */
        public String where() {
            return "(line " + line + ", column " + column + ")";
        }
    }

    /**
     * Reads {@code in} (and closes it) as one YAML document.
     *
     * @param what names the file in error messages
     * @throws IllegalArgumentException when the file is larger than {@value #MAX_BYTES} bytes or is not
     *     YAML, naming {@code what} and the position
     * @throws UncheckedIOException when the stream cannot be read
     */
    public static Node read(InputStream in, String what) {
        byte[] bytes;
        try (in) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(what + ": " + e.getMessage(), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException(what + ": larger than " + MAX_BYTES + " bytes");
        }
        if (!Utf8.decode(bytes).valid()) {
            throw new IllegalArgumentException(what + ": not valid UTF-8; save the file as UTF-8");
        }
        try (JsonParser p = YAML.createParser(ObjectReadContext.empty(), bytes)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new IllegalArgumentException(what + ": the file is empty");
            }
            return value(p, t);
        } catch (JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            String where = loc != null && loc.getLineNr() > 0
                    ? " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")"
                    : "";
            throw new IllegalArgumentException(what + ": " + oneLine(e.getOriginalMessage()) + where, e);
        }
    }

    /**
     * The YAML parser's message on one line: its unindented lines (what it was doing, what went wrong)
     * without the indented lines that echo the source and its position, which the caller gives instead.
     */
    private static String oneLine(String message) {
        StringBuilder sb = new StringBuilder();
        for (String line : String.valueOf(message).split("\\R")) {
            if (line.isBlank() || Character.isWhitespace(line.charAt(0))) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append(": ");
            }
            sb.append(line.strip());
        }
        return sb.toString();
    }

    private static Node value(JsonParser p, JsonToken t) {
        TokenStreamLocation loc = p.currentTokenLocation();
        int line = (int) Math.max(1, loc.getLineNr());
        int column = (int) Math.max(1, loc.getColumnNr());
        switch (t) {
            case START_OBJECT -> {
                Map<String, Node> map = new LinkedHashMap<>();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
                    String name = p.currentName();
                    map.putIfAbsent(name, value(p, p.nextToken()));
                }
                return new Node(Collections.unmodifiableMap(map), line, column);
            }
            case START_ARRAY -> {
                List<Node> list = new ArrayList<>();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
                    list.add(value(p, n));
                }
                return new Node(Collections.unmodifiableList(list), line, column);
            }
            case VALUE_NULL -> {
                return new Node(null, line, column);
            }
            default -> {
                return new Node(p.getString(), line, column);
            }
        }
    }
}
