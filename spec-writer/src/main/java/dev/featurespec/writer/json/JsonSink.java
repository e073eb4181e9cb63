package dev.featurespec.writer.json;

import java.io.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/** The tree as JSON, through Jackson's streaming {@link JsonGenerator}. One per document. */
final class JsonSink implements TreeSink {
    // the target is the caller's: never closed by the generator
    static final JsonFactory FACTORY =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final ObjectWriteContext COMPACT = ObjectWriteContext.empty();
    private static final ObjectWriteContext PRETTY = new Pretty();

    private final JsonGenerator g;

    /** A sink writing to {@code out}: compact (one line) or pretty (two-space indent, LF). */
    JsonSink(Writer out, boolean compact) {
        this.g = FACTORY.createGenerator(compact ? COMPACT : PRETTY, out);
    }

    /** Flushes what was written to the target, without closing it. */
    void finish() {
        g.close();
    }

    @Override
    public void startObject() {
        g.writeStartObject();
    }

    @Override
    public void endObject() {
        g.writeEndObject();
    }

    @Override
    public void startArray() {
        g.writeStartArray();
    }

    @Override
    public void endArray() {
        g.writeEndArray();
    }

    @Override
    public void name(Key key) {
        g.writeName(key.json());
    }

    @Override
    public void name(String name) {
        g.writeName(name);
    }

    @Override
    public void string(String value) {
        g.writeString(value);
    }

    @Override
    public void number(int value) {
        g.writeNumber(value);
    }

    /** Two-space indent, LF, {@code "key": value}, {@code []} and {@code {}} for empty containers. */
    private static final class Pretty extends ObjectWriteContext.Base {
        private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
        private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(INDENTER)
                .withArrayIndenter(INDENTER);

        @Override
        public PrettyPrinter getPrettyPrinter() {
            // the printer keeps the nesting level: one instance per generator
            return PRINTER.createInstance();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    }
}
