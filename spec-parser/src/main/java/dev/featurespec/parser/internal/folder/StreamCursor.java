package dev.featurespec.parser.internal.folder;

import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.SourceRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * A walk over a JSON or YAML document on Jackson's streaming parser that reads values by the shape a
 * reader expects and reports every departure as a positioned diagnostic with a JSON pointer: a value of
 * the wrong type (FS054, dropped), a repeated key (FS055, the repeat dropped), an unknown property
 * (FS053), a missing or refused value (FS058). Syntax errors (FS052) and exceeded limits (FS056) stop the
 * walk ({@link Abort}). Every value read is recorded in a source map. Each value method reads the value
 * at the current token and leaves the parser on that value's last token. One per document; not
 * thread-safe. Not API.
 */
public final class StreamCursor extends ReadRecord {
    /** Thrown when the input cannot be read further; the diagnostic is already reported. */
    public static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abort() {
            super(null, null, false, false);
        }
    }

    /** Reads one property of an object: {@code name} is the key, {@code pointer} the value's pointer. */
    public interface Fields {
        void field(String name, String pointer);
    }

    /** Reads one element of an array at {@code pointer}; returns null to drop it. */
    public interface Element<T> {
        T read(String pointer);
    }

    private final JsonParser p;
    private final boolean yaml;

    public StreamCursor(JsonParser parser, boolean yaml) {
        super(List.of());
        this.p = parser;
        this.yaml = yaml;
    }

    /** Moves to the document's first token; false (reported as FS052) when there is none. */
    public boolean start() {
        if (next() == null) {
            report(Rule.SYNTAX_ERROR, "the input is empty", "", SourceRange.of(1, 1, 1, 1));
            return false;
        }
        return true;
    }

    /**
     * Reads the object at the current token, calling {@code fields} for each property; each call must read
     * or {@link #skip()} the value. False (reported as FS054, value skipped) when it is not an object.
     */
    public boolean object(String pointer, String what, Fields fields) {
        mark(pointer);
        if (p.currentToken() != JsonToken.START_OBJECT) {
            wrongType(pointer, what + " must be an object");
            return false;
        }
        Set<String> seen = new HashSet<>();
        while (next() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            SourceRange at = here();
            next();
            String child = pointer + "/" + escape(name);
            mark(child);
            if (!seen.add(name)) {
                report(Rule.DUPLICATE_KEY, "'" + name + "' is given twice", child, at);
                skip();
                continue;
            }
            fields.field(name, child);
        }
        return true;
    }

    /** Reads the array at the current token ({@code null} is empty); elements read as null are dropped. */
    public <T> List<T> array(String pointer, String what, Element<T> element) {
        mark(pointer);
        List<T> out = new ArrayList<>();
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return out;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            wrongType(pointer, what + " must be an array");
            return out;
        }
        int index = 0;
        while (next() != JsonToken.END_ARRAY) {
            T value = element.read(pointer + "/" + index++);
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    /** Reads an array of strings; other elements are reported and dropped. */
    public List<String> strings(String pointer, String what) {
        return array(pointer, what, e -> string(e, "an element of " + what).orElse(null));
    }

    /** Reads a string (in YAML also a plain number or boolean, as written); {@code null} is absent. */
    public Optional<String> string(String pointer, String what) {
        mark(pointer);
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return Optional.empty();
        }
        if (t == JsonToken.VALUE_STRING
                || (yaml && (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT || t.isBoolean()))) {
            return Optional.of(p.getString());
        }
        wrongType(pointer, what + " must be a string");
        return Optional.empty();
    }

    /** Reads a boolean; {@code null} is absent. */
    public Optional<Boolean> bool(String pointer, String what) {
        mark(pointer);
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return Optional.empty();
        }
        if (t.isBoolean()) {
            return Optional.of(t == JsonToken.VALUE_TRUE);
        }
        wrongType(pointer, what + " must be true or false");
        return Optional.empty();
    }

    /** Reads an integer that fits an {@code int}; {@code null} is absent. */
    public OptionalInt integer(String pointer, String what) {
        mark(pointer);
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return OptionalInt.empty();
        }
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            return OptionalInt.of(p.getIntValue());
        }
        wrongType(pointer, what + " must be an integer");
        return OptionalInt.empty();
    }

    /** Skips the value at the current token (a derived property, or one in error). */
    public void skip() {
        try {
            p.skipChildren();
        } catch (JacksonException e) {
            throw abort(e);
        }
    }

    /** Reports an unknown property and skips its value. */
    public void unknown(String name, String pointer, String where) {
        report(Rule.UNKNOWN_PROPERTY, "unknown property '" + name + "' in " + where, pointer, at(pointer));
        skip();
    }

    /** Reports a value the model refuses (FS058) at {@code pointer}. */
    public void invalid(String message, String pointer) {
        report(Rule.INVALID_VALUE, message, pointer, find(pointer));
    }

    /** Reports that the object at {@code pointer} lacks property {@code name} (FS058). */
    public void missing(String name, String pointer, String what) {
        report(Rule.INVALID_VALUE, what + " has no '" + name + "'", pointer, find(pointer));
    }

    /** Reports the exception a parser threw (FS052, or FS056 for a limit) and returns what stops the walk. */
    public Abort abort(JacksonException e) {
        TokenStreamLocation loc = e.getLocation();
        SourceRange at = loc == null || loc.getLineNr() < 1
                ? SourceRange.of(1, 1, 1, 1)
                : SourceRange.of(
                        loc.getLineNr(),
                        Math.max(1, loc.getColumnNr()),
                        loc.getLineNr(),
                        Math.max(1, loc.getColumnNr()));
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        int nl = message.indexOf('\n');
        if (nl > 0) {
            message = message.substring(0, nl);
        }
        boolean limit = e instanceof StreamConstraintsException
                || message.toLowerCase(java.util.Locale.ROOT).contains("alias");
        report(limit ? Rule.INPUT_LIMIT_EXCEEDED : Rule.SYNTAX_ERROR, message.strip(), "", at);
        return new Abort();
    }

    /** Moves to the next token; a parser error, or a YAML alias, stops the walk. */
    public JsonToken next() {
        JsonToken t;
        try {
            t = p.nextToken();
        } catch (JacksonException e) {
            throw abort(e);
        }
        if (yaml && p instanceof YAMLParser yp && yp.isCurrentAlias()) {
            report(
                    Rule.INPUT_LIMIT_EXCEEDED,
                    "YAML alias *" + p.getString()
                            + " is not allowed (aliases are refused so that alias bombs cannot expand)",
                    "",
                    here());
            throw new Abort();
        }
        return t;
    }

    /** True when a token follows the document's root value. */
    public boolean trailing() {
        return next() != null;
    }

    private void wrongType(String pointer, String message) {
        report(Rule.WRONG_TYPE, message + ", was " + describe(p.currentToken()), pointer, at(pointer));
        skip();
    }

    private void mark(String pointer) {
        put(pointer, here());
    }

    /** The range recorded for {@code pointer}, or null. */
    private SourceRange at(String pointer) {
        return range(pointer).orElse(null);
    }

    /** The range recorded for {@code pointer} or else for its nearest ancestor, or null. */
    private SourceRange find(String pointer) {
        String q = pointer;
        while (true) {
            SourceRange r = at(q);
            if (r != null || q.isEmpty()) {
                return r;
            }
            q = q.substring(0, q.lastIndexOf('/'));
        }
    }

    private SourceRange here() {
        TokenStreamLocation loc = p.currentTokenLocation();
        int line = Math.max(1, loc.getLineNr());
        int column = Math.max(1, loc.getColumnNr());
        return SourceRange.of(line, column, line, column);
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.name();
        };
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
