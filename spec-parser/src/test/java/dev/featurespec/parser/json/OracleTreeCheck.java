package dev.featurespec.parser.json;

import dev.featurespec.model.Priority;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.SourceMap;
import dev.featurespec.model.diagnostic.SourceRange;
import dev.featurespec.parser.json.OracleShapes.Choice;
import dev.featurespec.parser.json.OracleShapes.Int;
import dev.featurespec.parser.json.OracleShapes.ListOf;
import dev.featurespec.parser.json.OracleShapes.MapOf;
import dev.featurespec.parser.json.OracleShapes.Obj;
import dev.featurespec.parser.json.OracleShapes.Pri;
import dev.featurespec.parser.json.OracleShapes.Property;
import dev.featurespec.parser.json.OracleShapes.Shape;
import dev.featurespec.parser.json.OracleShapes.Str;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Part of {@link OracleReader}, the reader before the streaming binder: checks the tree.
 *
 * <p>Checks a document tree against {@link OracleShapes}: unknown properties, wrong types, missing required
 * values and values the model refuses, every one with its pointer and position. Then {@link #prune()}
 * drops what was wrong (the offending array element, or optional property) so that the rest binds.
 * Recursion follows the tree, whose depth the reader's nesting limit bounds. Not thread-safe.
 */
final class OracleTreeCheck {
    private final SourceMap sourceMap;
    private final OracleTreeBuilder builder;
    private final List<PendingKey> pendingKeys = new ArrayList<>();
    private final Map<String, String> rawScalars;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Slot> propertyRemovals = new ArrayList<>();
    private final List<Slot> replacements = new ArrayList<>();
    private final Map<ArrayNode, TreeSet<Integer>> elementRemovals = new IdentityHashMap<>();

    /**
     * Where a value sits: a property of an object, or an element of an array. Its pointer and its
     * description in messages ({@code what}) are built from the chain only when a diagnostic needs them.
     *
     * @param owner the object's shape name for a typed property ({@code Requirement.id}), null for a map entry
     */
    private record Slot(
            Slot up, ObjectNode object, String name, ArrayNode array, int index, boolean required, String owner) {
        static Slot property(Slot up, ObjectNode object, String name, boolean required, String owner) {
            return new Slot(up, object, name, null, -1, required, owner);
        }

        static Slot element(Slot up, ArrayNode array, int index) {
            return new Slot(up, null, null, array, index, false, null);
        }

        /** The JSON pointer of the value. */
        String pointer() {
            return pointer(this);
        }

        static String pointer(Slot s) {
            if (s == null) {
                return "";
            }
            return pointer(s.up()) + "/"
                    + (s.array() != null ? String.valueOf(s.index()) : OracleTreeBuilder.escape(s.name()));
        }

        /** The value as messages name it: {@code Requirement.id}, {@code FeatureSpec.userStories[2]}. */
        String what() {
            if (array() != null) {
                return up().what() + "[" + index() + "]";
            }
            if (owner() != null) {
                return owner() + "." + name();
            }
            return up().what() + "[\"" + shorten(name()) + "\"]";
        }
    }

    /** An unknown-property diagnostic whose range (the key's) is filled in after the walk. */
    private record PendingKey(int index, String message, String pointer) {}

    OracleTreeCheck(SourceMap sourceMap, OracleTreeBuilder builder, Map<String, String> rawScalars) {
        this.sourceMap = sourceMap;
        this.builder = builder;
        this.rawScalars = rawScalars;
    }

    /** Checks the root object. */
    void check(ObjectNode root) {
        object(root, OracleShapes.ROOT, null);
        if (!pendingKeys.isEmpty()) {
            Set<String> wanted = new HashSet<>();
            for (PendingKey k : pendingKeys) {
                wanted.add(k.pointer());
            }
            Map<String, SourceRange> keys = builder.keys(wanted);
            for (PendingKey k : pendingKeys) {
                SourceRange r = keys.get(k.pointer());
                diagnostics.set(
                        k.index(),
                        Diagnostic.of(
                                Rule.UNKNOWN_PROPERTY,
                                k.message(),
                                k.pointer(),
                                r != null ? r : sourceMap.find(k.pointer()).orElse(null)));
            }
        }
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Removes every value found wrong; a wrong required root value ({@code title}) becomes {@code ""}. */
    void prune() {
        for (Slot s : propertyRemovals) {
            s.object().remove(s.name());
        }
        for (var e : elementRemovals.entrySet()) {
            for (int i : e.getValue().descendingSet()) {
                e.getKey().remove(i);
            }
        }
        for (Slot s : replacements) {
            s.object().put(s.name(), "");
        }
    }

    private void value(JsonNode n, Shape shape, Slot slot) {
        if (n.isNull()) {
            if (slot.required()) {
                report(Rule.INVALID_VALUE, slot.what() + " must not be null", slot);
                drop(slot);
            } else if (slot.array() != null) {
                report(Rule.INVALID_VALUE, slot.what() + " must not be null", slot);
                drop(slot);
            }
            return;
        }
        if (shape instanceof Str) {
            if (n.isString()) {
                return;
            }
            String raw = rawScalars.isEmpty() ? null : rawScalars.get(slot.pointer());
            if (raw != null && (n.isNumber() || n.isBoolean())) {
                set(slot, JsonNodeFactory.instance.stringNode(raw));
                return;
            }
            wrongType(n, "a string", slot);
        } else if (shape instanceof Int) {
            if (n.isIntegralNumber() && n.canConvertToInt()) {
                return;
            }
            if (n.isIntegralNumber()) {
                report(Rule.INVALID_VALUE, slot.what() + " is out of range: " + n.asString(), slot);
                drop(slot);
                return;
            }
            wrongType(n, "an integer", slot);
        } else if (shape instanceof Pri) {
            if (!n.isString()) {
                wrongType(n, "a string", slot);
                return;
            }
            try {
                Priority.parse(n.stringValue());
            } catch (IllegalArgumentException e) {
                report(Rule.INVALID_VALUE, slot.what() + ": " + e.getMessage(), slot);
                drop(slot);
            }
        } else if (shape instanceof Choice c) {
            if (!n.isString()) {
                wrongType(n, "a string", slot);
            } else if (!c.values().contains(n.stringValue())) {
                report(
                        Rule.INVALID_VALUE,
                        slot.what() + " must be one of " + String.join(", ", c.values()) + "; was \""
                                + shorten(n.stringValue()) + "\"",
                        slot);
                drop(slot);
            }
        } else if (shape instanceof ListOf l) {
            if (!(n instanceof ArrayNode array)) {
                wrongType(n, "an array", slot);
                return;
            }
            for (int i = 0; i < array.size(); i++) {
                value(array.get(i), l.element(), Slot.element(slot, array, i));
            }
        } else if (shape instanceof MapOf m) {
            if (!(n instanceof ObjectNode object)) {
                wrongType(n, "an object", slot);
                return;
            }
            for (var e : object.properties()) {
                Slot childSlot = Slot.property(slot, object, e.getKey(), false, null);
                if (e.getValue().isNull()) {
                    report(Rule.INVALID_VALUE, childSlot.what() + " must not be null", childSlot);
                    drop(childSlot);
                } else {
                    value(e.getValue(), m.value(), childSlot);
                }
            }
        } else {
            object(n, (Obj) shape, slot);
        }
    }

    private void object(JsonNode n, Obj shape, Slot slot) {
        if (!(n instanceof ObjectNode object)) {
            wrongType(n, "an object", slot == null ? shape.name() : describe(slot, shape), slot);
            return;
        }
        for (var e : object.properties()) {
            String name = e.getKey();
            Property p = shape.properties().get(name);
            if (p != null) {
                value(e.getValue(), p.shape(), Slot.property(slot, object, name, p.required(), shape.name()));
            } else if (!shape.ignored().contains(name)) {
                Slot child = Slot.property(slot, object, name, false, shape.name());
                String hint = suggestion(name, shape);
                pendingKeys.add(new PendingKey(
                        diagnostics.size(),
                        "unknown property \"" + shorten(name) + "\" in " + shape.name() + hint,
                        child.pointer()));
                diagnostics.add(null);
                propertyRemovals.add(child);
            }
        }
        for (Property p : shape.properties().values()) {
            if (p.required() && !object.has(p.name())) {
                report(
                        Rule.INVALID_VALUE,
                        shape.name() + " is missing required property \"" + p.name() + "\"",
                        Slot.pointer(slot));
                drop(Slot.property(slot, object, p.name(), true, shape.name()));
            }
        }
    }

    private static String describe(Slot slot, Obj shape) {
        return slot.array() != null ? shape.name() + " [" + slot.index() + "]" : shape.name();
    }

    private void wrongType(JsonNode n, String expected, Slot slot) {
        wrongType(n, expected, slot.what(), slot);
    }

    private void wrongType(JsonNode n, String expected, String what, Slot slot) {
        report(Rule.WRONG_TYPE, what + " must be " + expected + ", was " + describe(n), Slot.pointer(slot));
        drop(slot);
    }

    private void report(Rule rule, String message, Slot slot) {
        report(rule, message, slot.pointer());
    }

    private void report(Rule rule, String message, String ptr) {
        diagnostics.add(Diagnostic.of(rule, message, ptr, sourceMap.find(ptr).orElse(null)));
    }

    /** Schedules the removal of the nearest value that can go: an array element or an optional property. */
    private void drop(Slot slot) {
        for (Slot s = slot; s != null; s = s.up()) {
            if (s.array() != null) {
                elementRemovals.computeIfAbsent(s.array(), k -> new TreeSet<>()).add(s.index());
                return;
            }
            if (!s.required()) {
                propertyRemovals.add(s);
                return;
            }
            if (s.up() == null) {
                // a required property of the root (the title): keep the spec, with an empty title
                replacements.add(s);
                return;
            }
        }
    }

    private static void set(Slot slot, JsonNode value) {
        if (slot.array() != null) {
            slot.array().set(slot.index(), value);
        } else {
            slot.object().set(slot.name(), value);
        }
    }

    static String describe(JsonNode n) {
        if (n.isString()) {
            return "string \"" + shorten(n.stringValue()) + "\"";
        }
        if (n.isNumber()) {
            return "number " + shorten(n.asString());
        }
        if (n.isBoolean()) {
            return "boolean " + n.asString();
        }
        if (n.isArray()) {
            return "an array";
        }
        if (n.isObject()) {
            return "an object";
        }
        return n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }

    private static String suggestion(String name, Obj shape) {
        String best = null;
        int bestDistance = 3;
        for (String known : shape.properties().keySet()) {
            int d = distance(name, known, bestDistance);
            if (d < bestDistance) {
                best = known;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean \"" + best + "\"?)";
    }

    /** Levenshtein distance, case-insensitive, giving up (returning {@code limit}) past {@code limit}. */
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit || a.length() > 64) {
            return limit;
        }
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        int[] prev = new int[y.length() + 1];
        int[] cur = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[y.length()], limit);
    }
}
