package dev.featurespec.parser.internal;

import dev.featurespec.model.diagnostic.SourceLocation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** UTF-8 input checks shared by the Markdown and the JSON/YAML readers. Not API. */
public final class Utf8 {
    private Utf8() {}

    /**
     * What decoding found: the text (invalid sequences replaced by U+FFFD), and for invalid input the
     * byte offset of the first malformed sequence and its 1-based position (column in UTF-16 code
     * units, as {@link SourceLocation} counts).
     *
     * @param text the decoded text
     * @param badOffset the byte offset of the first malformed sequence, or -1 when the input is valid
     * @param badLocation where that sequence starts, or null when the input is valid
     */
    public record Decoded(String text, int badOffset, SourceLocation badLocation) {
        /** True when the input was valid UTF-8. */
        public boolean valid() {
            return badOffset < 0;
        }
    }

    /** Decodes {@code bytes}, reporting where the first malformed sequence is, if any. */
    public static Decoded decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return new Decoded(decoder.decode(ByteBuffer.wrap(bytes)).toString(), -1, null);
        } catch (CharacterCodingException e) {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CharBuffer out = CharBuffer.allocate(bytes.length + 1);
            decoder.reset();
            decoder.decode(in, out, true);
            int line = 1;
            int column = 1;
            CharSequence decoded = out.flip();
            for (int i = 0; i < decoded.length(); i++) {
                if (decoded.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            return new Decoded(
                    new String(bytes, StandardCharsets.UTF_8), in.position(), new SourceLocation(line, column));
        }
    }

    /**
     * The UTF-8 length of {@code s}, or a value just above {@code limit} once it is exceeded; texts
     * short enough never to exceed it are not counted.
     */
    public static long length(String s, long limit) {
        if (s.length() > limit) {
            return s.length(); // every char is at least one byte
        }
        if ((long) s.length() * 3 <= limit) {
            return s.length(); // a char is at most 3 bytes (a surrogate pair 4 for 2)
        }
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
            if (bytes > limit) {
                return bytes;
            }
        }
        return bytes;
    }
}
