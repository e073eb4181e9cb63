package dev.featurespec.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedInputTest {
    @TempDir
    Path dir;

    /** An endless stream of 'x' that counts what was taken from it. */
    static final class Endless extends InputStream {
        long taken;

        @Override
        public int read() {
            taken++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            taken += len;
            return len;
        }
    }

    /** An endless reader of 'é' (two bytes each in UTF-8) that counts the chars taken from it. */
    static final class EndlessReader extends Reader {
        long taken;

        @Override
        public int read(char[] cbuf, int off, int len) {
            java.util.Arrays.fill(cbuf, off, off + len, 'é');
            taken += len;
            return len;
        }

        @Override
        public void close() {}
    }

    @Test
    void streamWithinTheLimitIsReadWhole() throws IOException {
        byte[] bytes = BoundedInput.read(new ByteArrayInputStream("# T\n".getBytes(StandardCharsets.UTF_8)), 4);

        assertThat(bytes).asString(StandardCharsets.UTF_8).isEqualTo("# T\n");
    }

    @Test
    void streamOverTheLimitIsRefusedAfterOneByteMore() throws IOException {
        Endless endless = new Endless();

        assertThat(BoundedInput.read(endless, 100_000)).isNull();
        assertThat(endless.taken).isEqualTo(100_001);
    }

    @Test
    void fileWhoseSizeIsOverTheLimitIsKnownBeforeReading() throws IOException {
        Path file = Files.writeString(dir.resolve("spec.md"), "x".repeat(11));

        assertThat(BoundedInput.sizeOver(file, 10)).isEqualTo(11);
        assertThat(BoundedInput.sizeOver(file, 11)).isEqualTo(-1);
        assertThat(BoundedInput.read(file, 10)).isNull();
        assertThat(BoundedInput.read(file, 11)).hasSize(11);
    }

    @Test
    void readerIsCountedInUtf8Bytes() throws IOException {
        // 'é' is 2 bytes, the pair for U+1F3AF is 4, 'a' is 1, '€' is 3: 10 bytes in 5 chars
        String text = "é\uD83C\uDFAFa€";

        assertThat(BoundedInput.read(new StringReader(text), 10)).isEqualTo(text);
        assertThat(BoundedInput.read(new StringReader(text), 9)).isNull();
    }

    @Test
    void endlessReaderStopsAtTheLimit() throws IOException {
        EndlessReader reader = new EndlessReader();

        assertThat(BoundedInput.read(reader, 100_000)).isNull();
        // 50,000 two-byte chars fit; reading stops within the buffer that crosses the limit
        assertThat(reader.taken).isBetween(50_001L, 50_000L + 8192);
    }
}
