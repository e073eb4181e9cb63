package dev.featurespec.parser.json;

import dev.featurespec.model.diagnostic.SourceMap;
import dev.featurespec.model.diagnostic.SourceRange;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * One streaming pass that records where everything in a document is: for every value its JSON pointer →
 * source range (the source map), and for the keys asked for, where the key first stands. The binder
 * leaves this to a second pass so that a clean document records nothing; the reader runs it when a
 * diagnostic needs a position, or when someone asks for the source map. Pointers use the input's array
 * indexes. A repeated key's value is not recorded (the first is the one read); the pass stops where the
 * binder stopped (a syntax error, a limit, a YAML alias, content after the document). Uses an explicit
 * stack.
 */
final class Positions {
    private final SourceMap.Builder sourceMap = SourceMap.builder();
    private final Map<String, SourceRange> keys = new HashMap<>();

    private Positions() {}

    /** One open object or array. */
    private static final class Frame {
        final String pointer;
        final TokenStreamLocation start;
        final boolean object;
        String name;
        int count;
        Set<String> names;
        boolean skipValue;

        Frame(String pointer, TokenStreamLocation start, boolean object) {
            this.pointer = pointer;
            this.start = start;
            this.object = object;
        }
    }

    /**
     * Reads {@code parser} to its end (closing it) and records the positions.
     *
     * @param wantedKeys the pointers whose key's first position is wanted
     */
    static Positions of(JsonParser parser, int maxDepth, Set<String> wantedKeys) {
        Positions positions = new Positions();
        try (JsonParser p = parser) {
            positions.walk(p, maxDepth, wantedKeys);
        } catch (JacksonException e) {
            // the binder reported it; what came before it is recorded
        }
        return positions;
    }

    /** The source map. */
    SourceMap sourceMap() {
        return sourceMap.build();
    }

    /** Where the key of {@code pointer} first stands, or null. */
    SourceRange key(String pointer) {
        return keys.get(pointer);
    }

    private void walk(JsonParser p, int maxDepth, Set<String> wantedKeys) {
        ArrayDeque<Frame> stack = new ArrayDeque<>();
        boolean rootSeen = false;
        JsonToken t;
        while ((t = p.nextToken()) != null) {
            if (p instanceof YAMLParser yp && yp.isCurrentAlias()) {
                return;
            }
            if (rootSeen && stack.isEmpty()) {
                return;
            }
            Frame top = stack.peek();
            if (t == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                if (top.names == null) {
                    top.names = new HashSet<>();
                }
                top.name = name;
                if (!top.names.add(name)) {
                    top.skipValue = true;
                    continue;
                }
                if (!wantedKeys.isEmpty()) {
                    String child = top.pointer + "/" + ReadPath.escape(name);
                    if (wantedKeys.contains(child)) {
                        SourceRange r = Texts.range(p.currentTokenLocation(), p.currentLocation());
                        if (r != null) {
                            keys.putIfAbsent(child, r);
                        }
                    }
                }
                continue;
            }
            if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                Frame done = stack.pop();
                put(done.pointer, Texts.range(done.start, p.currentLocation()));
                continue;
            }
            if (top != null && top.skipValue) {
                // the repeated key's value: read past it, the first is the one read
                top.skipValue = false;
                p.skipChildren();
                continue;
            }
            rootSeen = true;
            String pointer;
            if (top == null) {
                pointer = "";
            } else if (top.object) {
                pointer = top.pointer + "/" + ReadPath.escape(top.name);
            } else {
                pointer = top.pointer + "/" + top.count++;
            }
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                if (stack.size() >= maxDepth) {
                    return;
                }
                stack.push(new Frame(pointer, p.currentTokenLocation(), t == JsonToken.START_OBJECT));
            } else {
                // Jackson reads a string's characters only when asked: finish it, so its end is known
                p.finishToken();
                put(pointer, Texts.range(p.currentTokenLocation(), p.currentLocation()));
            }
        }
    }

    private void put(String pointer, SourceRange range) {
        if (range != null) {
            sourceMap.put(pointer, range);
        }
    }
}
