package dev.featurespec.parser.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.json.JsonSpecReader;
import dev.featurespec.parser.json.YamlSpecReader;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs with no end, or whose size says nothing: every {@code Path}, {@code InputStream} and {@code
 * Reader} entry method counts while it reads and refuses with FS050 one byte past the limit, at {@code
 * -Xmx256m} and within the timeout, whatever the file system reports.
 */
@Tag("hostile")
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class UnboundedInputTest {
    private static final Path DEV_ZERO = Path.of("/dev/zero");
    private static final long LIMIT = 1 << 20;

    private static final MarkdownSpecParser MARKDOWN =
            MarkdownSpecParser.builder().maxBytes(LIMIT).build();
    private static final JsonSpecReader JSON =
            JsonSpecReader.builder().maxBytes(LIMIT).build();
    private static final YamlSpecReader YAML =
            YamlSpecReader.builder().maxBytes(LIMIT).build();

    /** An endless stream of '#' bytes that counts what was taken from it. */
    static final class Endless extends InputStream {
        long taken;

        @Override
        public int read() {
            taken++;
            return '#';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) '#');
            taken += len;
            return len;
        }
    }

    /** An endless reader of '#' that counts the chars taken from it. */
    static final class EndlessReader extends Reader {
        long taken;

        @Override
        public int read(char[] cbuf, int off, int len) {
            Arrays.fill(cbuf, off, off + len, '#');
            taken += len;
            return len;
        }

        @Override
        public void close() {}
    }

    @Test
    void devZeroIsRefusedByEveryPathReader() throws IOException {
        assumeTrue(Files.isReadable(DEV_ZERO), "/dev/zero exists");
        // its size reads as 0: only counting while reading stops it
        assertThat(Files.size(DEV_ZERO)).isZero();

        assertThat(tooLarge(MARKDOWN.parse(DEV_ZERO))).isTrue();
        assertThat(tooLarge(JSON.parse(DEV_ZERO))).isTrue();
        assertThat(tooLarge(YAML.parse(DEV_ZERO))).isTrue();
    }

    @Test
    void devZeroIsRefusedAtTheDefaultLimitToo() throws IOException {
        assumeTrue(Files.isReadable(DEV_ZERO), "/dev/zero exists");

        assertThat(MarkdownSpecParser.create().parse(DEV_ZERO).diagnostics())
                .extracting(Diagnostic::message)
                .containsExactly("Input is more than the limit of " + MarkdownSpecParser.DEFAULT_MAX_BYTES + " bytes");
        assertThat(JsonSpecReader.create().parse(DEV_ZERO).diagnostics())
                .extracting(Diagnostic::message)
                .containsExactly(
                        "the input is larger than the limit of " + JsonSpecReader.DEFAULT_MAX_BYTES_JSON + " bytes");
    }

    @Test
    void endlessStreamsAreRefusedOneBytePastTheLimit() throws IOException {
        for (var reader : new Object[] {MARKDOWN, JSON, YAML}) {
            Endless in = new Endless();
            ParseResult result = reader instanceof MarkdownSpecParser m
                    ? m.parse(in)
                    : reader instanceof JsonSpecReader j ? j.parse(in) : ((YamlSpecReader) reader).parse(in);

            assertThat(tooLarge(result)).as("%s", reader).isTrue();
            assertThat(in.taken).as("%s", reader).isEqualTo(LIMIT + 1);
        }
    }

    @Test
    void endlessReadersAreRefusedAtTheLimit() throws IOException {
        for (var reader : new Object[] {MARKDOWN, JSON, YAML}) {
            EndlessReader in = new EndlessReader();
            ParseResult result = reader instanceof MarkdownSpecParser m
                    ? m.parse(in)
                    : reader instanceof JsonSpecReader j ? j.parse(in) : ((YamlSpecReader) reader).parse(in);

            assertThat(tooLarge(result)).as("%s", reader).isTrue();
            assertThat(in.taken).as("%s", reader).isLessThanOrEqualTo(LIMIT + 8192);
        }
    }

    private static boolean tooLarge(ParseResult result) {
        return result.diagnostics().stream()
                .map(Diagnostic::rule)
                .toList()
                .equals(java.util.List.of(Rule.INPUT_TOO_LARGE));
    }
}
