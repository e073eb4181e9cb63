package dev.featurespec.writer.json;

import dev.featurespec.writer.internal.YamlQuoting;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.emitter.Emitter;
import org.snakeyaml.engine.v2.events.DocumentEndEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ImplicitTuple;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.events.StreamEndEvent;
import org.snakeyaml.engine.v2.events.StreamStartEvent;

/**
 * The tree as YAML 1.2, through snakeyaml-engine's {@link Emitter}: block style, no {@code ---}
 * marker, two-space indent with sequence dashes indented, multi-line text in literal blocks ({@code
 * |}), and quotes only where a plain scalar would read back as something other than the same string.
 * This is the output of Jackson's YAML generator with {@code MINIMIZE_QUOTES}, {@code
 * LITERAL_BLOCK_STYLE} and {@code INDENT_ARRAYS_WITH_INDICATOR}, with one difference that Jackson's
 * generator cannot make: text holding U+0085 (NEL), U+2028, U+2029 or U+FEFF is double-quoted, where
 * those characters are written as escapes ({@code \N}, {@code \L}, {@code \P}, {@code \uFEFF}). In a
 * plain scalar or a literal block snakeyaml-engine writes them raw, and YAML 1.1 readers (and
 * snakeyaml-engine itself, for NEL) take them for line breaks, so the text would not read back the same.
 * Control characters are double-quoted and escaped by the emitter itself. One per document.
 */
final class YamlSink implements TreeSink {
    private static final DumpSettings SETTINGS = DumpSettings.builder()
            .setCanonical(false)
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setSplitLines(true)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setYamlDirective(Optional.empty())
            .setDumpComments(true)
            .build();
    private static final ImplicitTuple PLAIN_TAGS = new ImplicitTuple(true, true);
    private static final YamlQuoting QUOTING = new YamlQuoting();

    private final Emitter emitter;

    YamlSink(StringBuilder out) {
        this.emitter = new Emitter(SETTINGS, new Target(out));
        emit(new StreamStartEvent());
        emit(new DocumentStartEvent(false, Optional.empty(), Map.of()));
    }

    /** Ends the document. */
    void finish() {
        emit(new DocumentEndEvent(false));
        emit(new StreamEndEvent());
    }

    @Override
    public void startObject() {
        emit(new MappingStartEvent(Optional.empty(), Optional.empty(), true, FlowStyle.BLOCK));
    }

    @Override
    public void endObject() {
        emit(new MappingEndEvent());
    }

    @Override
    public void startArray() {
        emit(new SequenceStartEvent(Optional.empty(), Optional.empty(), true, FlowStyle.BLOCK));
    }

    @Override
    public void endArray() {
        emit(new SequenceEndEvent());
    }

    @Override
    public void name(Key key) {
        name(key.text());
    }

    @Override
    public void name(String name) {
        scalar(name, escaped(name) || QUOTING.needToQuoteName(name) ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.PLAIN);
    }

    @Override
    public void string(String value) {
        ScalarStyle style;
        if (value.isEmpty() || escaped(value)) {
            style = ScalarStyle.DOUBLE_QUOTED;
        } else if (value.indexOf('\n') >= 0) {
            style = ScalarStyle.LITERAL;
        } else if (QUOTING.needToQuoteValue(value)) {
            style = ScalarStyle.DOUBLE_QUOTED;
        } else {
            style = ScalarStyle.PLAIN;
        }
        scalar(value, style);
    }

    @Override
    public void number(int value) {
        scalar(String.valueOf(value), ScalarStyle.PLAIN);
    }

    private void scalar(String value, ScalarStyle style) {
        emit(new ScalarEvent(Optional.empty(), Optional.empty(), PLAIN_TAGS, value, style));
    }

    private void emit(Event event) {
        emitter.emit(event);
    }

    /** True when {@code s} holds a character that only a double-quoted scalar keeps (see the class doc). */
    private static boolean escaped(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                return true;
            }
        }
        return false;
    }

    /** The emitter's output, appended to a {@link StringBuilder}. */
    private record Target(StringBuilder out) implements StreamDataWriter {
        @Override
        public void write(String str) {
            out.append(str);
        }

        @Override
        public void write(String str, int off, int len) {
            out.append(str, off, off + len);
        }
    }
}
