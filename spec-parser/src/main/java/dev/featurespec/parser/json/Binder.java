package dev.featurespec.parser.json;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.Priority;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.SourceRange;
import dev.featurespec.parser.json.Shapes.Choice;
import dev.featurespec.parser.json.Shapes.Int;
import dev.featurespec.parser.json.Shapes.ListOf;
import dev.featurespec.parser.json.Shapes.MapOf;
import dev.featurespec.parser.json.Shapes.Obj;
import dev.featurespec.parser.json.Shapes.Pri;
import dev.featurespec.parser.json.Shapes.Property;
import dev.featurespec.parser.json.Shapes.Shape;
import dev.featurespec.parser.json.Shapes.Str;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Binds a JSON or YAML document to the model in one pass over the parser's tokens, following {@link
 * Shapes}: no tree, no databind. Every problem is collected as a {@link Problem} (positioned later, in
 * a second pass over the text, only when there is one): unknown properties, repeated keys, wrong types,
 * nulls and missing values where a value is required, values the model refuses. A value in error is
 * dropped with the nearest array element or optional property that holds it (a required root value,
 * the title, becomes {@code ""}); the rest is read. Recursion follows the document, whose nesting the
 * depth limit bounds. One instance per document; not thread-safe.
 */
final class Binder {
    /** A value in error, already reported: whatever holds it is dropped. */
    private static final Object DROP = new Object();
    /** An optional value given as {@code null}: the same as absent. */
    private static final Object ABSENT = new Object();

    /** How a problem's position is found once the document has been read. */
    enum Anchor {
        /** The value at the pointer (or its nearest ancestor with a position). */
        VALUE,
        /** The range is known already. */
        FIXED,
        /** A repeated key, at a known range; the message names where the key first appeared. */
        REPEATED_KEY
    }

    /**
     * A diagnostic waiting for its position.
     *
     * @param key the repeated key, for {@link Anchor#REPEATED_KEY}
     */
    record Problem(Rule rule, String message, String pointer, Anchor anchor, SourceRange range, String key) {
        static Problem of(Rule rule, String message, String pointer, Anchor anchor, SourceRange range) {
            return new Problem(rule, message, pointer, anchor, range, null);
        }
    }

    /**
     * A problem that ends the read: the document cannot be read further.
     *
     * @see #keepsProblems()
     */
    static final class Fatal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Diagnostic diagnostic;
        private final boolean keepsProblems;

        Fatal(Diagnostic diagnostic) {
            this(diagnostic, false);
        }

        private Fatal(Diagnostic diagnostic, boolean keepsProblems) {
            super(diagnostic.message(), null, false, false);
            this.diagnostic = diagnostic;
            this.keepsProblems = keepsProblems;
        }

        Diagnostic diagnostic() {
            return diagnostic;
        }

        /**
         * True when the problems found before it stand (the read stopped at the problem limit); false
         * when only the repeated keys do (the document is not well-formed, or over a limit).
         */
        boolean keepsProblems() {
            return keepsProblems;
        }
    }

    /**
     * The most problems reported for one document: a hostile document of millions of wrong values
     * would otherwise cost a diagnostic each. Reading stops at the next one.
     */
    static final int MAX_PROBLEMS = 1_000;

    /**
     * The document's {@code formatVersion}, when it has one that is not {@code null}.
     *
     * @param integer true when the value is an integer
     * @param text the integer as written in decimal, or the value described ({@code string "1"})
     * @param fitsInt true when the integer fits an {@code int}
     * @param value the integer, when it fits
     */
    record Version(boolean integer, String text, boolean fitsInt, int value) {}

    private final JsonParser p;
    private final YAMLParser yaml;
    private final int maxDepth;
    private final ReadPath path = new ReadPath();
    private final List<Problem> problems = new ArrayList<>();
    private Version version;

    Binder(JsonParser parser, int maxDepth) {
        this.p = parser;
        this.yaml = parser instanceof YAMLParser y ? y : null;
        this.maxDepth = maxDepth;
    }

    /** Where the read stands; after a {@link Fatal} or a Jackson exception, where it stopped. */
    ReadPath path() {
        return path;
    }

    /** The problems found so far, in document order. */
    List<Problem> problems() {
        return problems;
    }

    /** The document's {@code formatVersion}, or null when it has none (or {@code null}). */
    Version version() {
        return version;
    }

    /**
     * Reads the document: the spec, or null when the document is not an object (a problem says so).
     *
     * @throws Fatal when the document cannot be read further (empty, trailing content, YAML alias, depth)
     * @throws tools.jackson.core.JacksonException when Jackson finds a syntax error or a stream limit
     */
    FeatureSpec read() {
        JsonToken t = next();
        if (t == null) {
            throw new Fatal(Diagnostic.of(Rule.SYNTAX_ERROR, "the document is empty", "", null));
        }
        FeatureSpec spec = null;
        Problem notAnObject = null;
        if (t == JsonToken.START_OBJECT) {
            spec = (FeatureSpec) object(Shapes.ROOT, true);
        } else {
            notAnObject = Problem.of(
                    Rule.WRONG_TYPE, "the document must be an object, was " + describe(), "", Anchor.VALUE, null);
        }
        if (next() != null) {
            throw new Fatal(Diagnostic.of(
                    Rule.SYNTAX_ERROR,
                    yaml != null
                            ? "more than one YAML document; a spec is one document"
                            : "unexpected content after the JSON value",
                    "",
                    Texts.range(p.currentTokenLocation(), p.currentLocation())));
        }
        if (notAnObject != null) {
            add(notAnObject);
        }
        return spec;
    }

    /** Reads the value at the current token as {@code shape}; {@code nullRefused} makes {@code null} an error. */
    private Object value(Shape shape, boolean nullRefused) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            if (nullRefused) {
                return invalid(path.what() + " must not be null");
            }
            return ABSENT;
        }
        if (shape instanceof Str) {
            if (t == JsonToken.VALUE_STRING) {
                return p.getString();
            }
            // YAML authors write `created: 2026-02-03` or `status: yes`: keep the scalar as written
            if (yaml != null && t.isScalarValue()) {
                return p.getString();
            }
            return wrongType("a string", path.what());
        }
        if (shape instanceof Int) {
            if (t == JsonToken.VALUE_NUMBER_INT) {
                if (p.getNumberType() == JsonParser.NumberType.INT) {
                    return p.getIntValue();
                }
                return invalid(path.what() + " is out of range: " + p.getBigIntegerValue());
            }
            return wrongType("an integer", path.what());
        }
        if (shape instanceof Pri) {
            if (t != JsonToken.VALUE_STRING) {
                return wrongType("a string", path.what());
            }
            try {
                return Priority.parse(p.getString());
            } catch (IllegalArgumentException e) {
                return invalid(path.what() + ": " + e.getMessage());
            }
        }
        if (shape instanceof Choice c) {
            if (t != JsonToken.VALUE_STRING) {
                return wrongType("a string", path.what());
            }
            String s = p.getString();
            Object constant = c.constants().get(s);
            if (constant == null) {
                return invalid(path.what() + " must be one of " + String.join(", ", c.values()) + "; was \""
                        + Texts.shorten(s) + "\"");
            }
            return constant;
        }
        if (shape instanceof ListOf l) {
            return list(l);
        }
        if (shape instanceof MapOf m) {
            return map(m);
        }
        Obj obj = (Obj) shape;
        if (t != JsonToken.START_OBJECT) {
            return wrongType("an object", path.inArray() ? obj.name() + " [" + path.index() + "]" : obj.name());
        }
        return object(obj, false);
    }

    private Object list(ListOf shape) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            return wrongType("an array", path.what());
        }
        enterArray();
        List<Object> out = new ArrayList<>();
        for (int i = 0; ; i++) {
            path.index(i);
            if (next() == JsonToken.END_ARRAY) {
                break;
            }
            Object v = value(shape.element(), true);
            if (v != DROP) {
                out.add(v);
            }
        }
        path.leave();
        return out;
    }

    private Object map(MapOf shape) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return wrongType("an object", path.what());
        }
        enterObject(null);
        Map<String, Object> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        while (true) {
            path.name(null);
            String key = nextName();
            if (key == null) {
                break;
            }
            path.name(key);
            if (!seen.add(key)) {
                repeatedKey(key);
                continue;
            }
            next();
            Object v = value(shape.value(), true);
            if (v != DROP) {
                out.put(key, v);
            }
        }
        path.leave();
        return out;
    }

    /**
     * Reads an object into its record; DROP when a required property is missing or in error, or the
     * record refuses a value. For the root, a required property in error (the title) becomes {@code ""}.
     */
    private Object object(Obj shape, boolean root) {
        enterObject(shape.name());
        Object[] arguments = shape.arguments();
        long seen = 0;
        Set<String> others = null;
        boolean dropped = false;
        while (true) {
            path.name(null);
            String key = nextName();
            if (key == null) {
                break;
            }
            path.name(key);
            Property property = shape.property(key);
            boolean repeated;
            if (property != null) {
                long bit = 1L << property.bit();
                repeated = (seen & bit) != 0;
                seen |= bit;
            } else {
                if (others == null) {
                    others = new HashSet<>();
                }
                repeated = !others.add(key);
            }
            if (repeated) {
                repeatedKey(key);
                continue;
            }
            if (property == null) {
                add(Problem.of(
                        Rule.UNKNOWN_PROPERTY,
                        "unknown property \"" + Texts.shorten(key) + "\" in " + shape.name()
                                + Texts.suggestion(key, shape.names()),
                        path.pointer(),
                        Anchor.FIXED,
                        Texts.range(p.currentTokenLocation(), p.currentLocation())));
                next();
                skim();
                continue;
            }
            next();
            if (property.ignored()) {
                if (root && key.equals("formatVersion")) {
                    readVersion();
                } else {
                    skim();
                }
                continue;
            }
            Object v = value(property.shape(), property.required());
            if (v == DROP) {
                if (property.required()) {
                    dropped |= !root;
                    arguments[property.component()] = "";
                }
            } else if (v != ABSENT) {
                arguments[property.component()] = switch (property.holder()) {
                    case OPTIONAL -> Optional.of(v);
                    case PLAIN, LIST, MAP -> v;
                };
            }
        }
        String pointer = path.containerPointer();
        path.leave();
        for (Property property : shape.components()) {
            if (property.required() && (seen & (1L << property.bit())) == 0) {
                add(Problem.of(
                        Rule.INVALID_VALUE,
                        shape.name() + " is missing required property \"" + property.name() + "\"",
                        pointer,
                        Anchor.VALUE,
                        null));
                dropped |= !root;
                arguments[property.component()] = "";
            }
        }
        if (dropped) {
            return DROP;
        }
        try {
            return shape.construct(arguments);
        } catch (IllegalArgumentException e) {
            add(Problem.of(Rule.INVALID_VALUE, e.getMessage(), pointer, Anchor.VALUE, null));
            return root ? FeatureSpec.builder(String.valueOf(arguments[0])).build() : DROP;
        }
    }

    /** Reads the root's {@code formatVersion} (the current value); the reader checks it when all is read. */
    private void readVersion() {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return;
        }
        if (t == JsonToken.VALUE_NUMBER_INT) {
            boolean fits = p.getNumberType() == JsonParser.NumberType.INT;
            version = new Version(true, p.getBigIntegerValue().toString(), fits, fits ? p.getIntValue() : 0);
        } else {
            version = new Version(false, describe(), false, 0);
        }
    }

    private void add(Problem problem) {
        if (problems.size() == MAX_PROBLEMS) {
            throw new Fatal(
                    Diagnostic.of(
                            Rule.INPUT_LIMIT_EXCEEDED,
                            "more than " + MAX_PROBLEMS + " problems; the rest of the document is not read",
                            problem.pointer(),
                            Texts.range(p.currentTokenLocation(), null)),
                    true);
        }
        problems.add(problem);
    }

    /** Reports the current key as repeated and reads past its value; the first value is kept. */
    private void repeatedKey(String key) {
        SourceRange range = Texts.range(p.currentTokenLocation(), p.currentLocation());
        add(new Problem(Rule.DUPLICATE_KEY, null, path.pointer(), Anchor.REPEATED_KEY, range, key));
        next();
        p.skipChildren();
    }

    private Object invalid(String message) {
        add(Problem.of(Rule.INVALID_VALUE, message, path.pointer(), Anchor.VALUE, null));
        return DROP;
    }

    private Object wrongType(String expected, String what) {
        String pointer = path.pointer();
        String was = describe();
        add(Problem.of(Rule.WRONG_TYPE, what + " must be " + expected + ", was " + was, pointer, Anchor.VALUE, null));
        return DROP;
    }

    /** The current value as messages describe it ({@code string "x"}, {@code an array}); reads past a container. */
    private String describe() {
        JsonToken t = p.currentToken();
        return switch (t) {
            case VALUE_STRING, VALUE_EMBEDDED_OBJECT -> "string \"" + Texts.shorten(p.getString()) + "\"";
            case VALUE_NUMBER_INT ->
                "number " + Texts.shorten(p.getBigIntegerValue().toString());
            case VALUE_NUMBER_FLOAT -> "number " + Texts.shorten(decimal());
            case VALUE_TRUE -> "boolean true";
            case VALUE_FALSE -> "boolean false";
            case VALUE_NULL -> "null";
            case START_ARRAY -> {
                skim();
                yield "an array";
            }
            case START_OBJECT -> {
                skim();
                yield "an object";
            }
            default -> String.valueOf(t);
        };
    }

    private String decimal() {
        try {
            return p.getDecimalValue().toString();
        } catch (NumberFormatException e) {
            // YAML's .inf and .nan are floats without a decimal form
            return p.getString();
        }
    }

    /**
     * Reads past the current value, which nothing binds (an unknown or derived property, a value of the
     * wrong type), reporting repeated keys inside it and keeping to the depth limit.
     */
    private void skim() {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            enterObject(null);
            Set<String> seen = null;
            while (true) {
                path.name(null);
                String key = nextName();
                if (key == null) {
                    break;
                }
                path.name(key);
                if (seen == null) {
                    seen = new HashSet<>();
                }
                if (!seen.add(key)) {
                    repeatedKey(key);
                    continue;
                }
                next();
                skim();
            }
            path.leave();
        } else if (t == JsonToken.START_ARRAY) {
            enterArray();
            for (int i = 0; ; i++) {
                path.index(i);
                if (next() == JsonToken.END_ARRAY) {
                    break;
                }
                skim();
            }
            path.leave();
        }
    }

    private void enterObject(String owner) {
        checkDepth();
        path.enterObject(owner);
    }

    private void enterArray() {
        checkDepth();
        path.enterArray();
    }

    /** Refuses a container deeper than the limit (YAML's parser does not count nesting itself). */
    private void checkDepth() {
        if (path.depth() >= maxDepth) {
            throw new Fatal(Diagnostic.of(
                    Rule.INPUT_LIMIT_EXCEEDED,
                    "nesting depth exceeds the limit of " + maxDepth,
                    path.pointer(),
                    Texts.range(p.currentTokenLocation(), p.currentLocation())));
        }
    }

    /**
     * The next property name, or null at the end of the object. Jackson's JSON parser reads a name
     * faster this way than token by token.
     */
    private String nextName() {
        if (yaml == null) {
            return p.nextName();
        }
        return next() == JsonToken.PROPERTY_NAME ? p.currentName() : null;
    }

    /** The next token; a YAML alias ends the read, so alias bombs cannot expand. */
    private JsonToken next() {
        JsonToken t = p.nextToken();
        if (yaml != null && yaml.isCurrentAlias()) {
            throw new Fatal(Diagnostic.of(
                    Rule.INPUT_LIMIT_EXCEEDED,
                    "YAML alias *" + p.getString()
                            + " is not allowed (aliases are refused so that alias bombs cannot expand)",
                    path.pointer(),
                    Texts.range(p.currentTokenLocation(), p.currentLocation())));
        }
        return t;
    }
}
