package dev.featurespec.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.featurespec.parser.internal.ControlCharacters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpecFilesTest {
    @TempDir
    Path dir;

    @Test
    void folderGivesEverySpecMdBelowItSorted() throws IOException {
        for (String p : List.of("b/spec.md", "a/2/spec.md", "a/1/spec.md", "a/notes.md", "c/SPEC.md.bak")) {
            Path f = dir.resolve(p);
            Files.createDirectories(f.getParent());
            Files.writeString(f, "# x\n");
        }
        assertThat(SpecFiles.discover(List.of(dir)))
                .containsExactly(dir.resolve("a/1/spec.md"), dir.resolve("a/2/spec.md"), dir.resolve("b/spec.md"));
    }

    @Test
    void fileIsTakenWhateverItsNameAndOnlyOnce() throws IOException {
        Path f = Files.writeString(dir.resolve("draft.markdown"), "# x\n");
        assertThat(SpecFiles.discover(List.of(f, f))).containsExactly(f);
    }

    @Test
    void byteOrderMarkIsDropped() throws IOException {
        Path f = dir.resolve("spec.md");
        Files.write(f, "\uFEFF# Title\n".getBytes(StandardCharsets.UTF_8));
        assertThat(SpecFiles.read(f).text()).isEqualTo("# Title\n");
    }

    /**
     * The fast decode (one JDK decode, then scans for U+0000 and U+FFFD) against a plain strict decode on
     * seeded random inputs: ASCII, multi-byte characters, a written U+FFFD, NUL bytes, stray continuation
     * bytes, cut-off sequences and encoded surrogates.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void decodeAcceptsAndRefusesExactlyWhatAStrictDecoderDoes(long seed) {
        Random random = new Random(seed);
        byte[][] pieces = {
            "ab ".getBytes(StandardCharsets.UTF_8),
            "é".getBytes(StandardCharsets.UTF_8),
            "用户".getBytes(StandardCharsets.UTF_8),
            "\uD83D\uDE00".getBytes(StandardCharsets.UTF_8),
            "\uFFFD".getBytes(StandardCharsets.UTF_8),
            {0},
            {(byte) 0x80},
            {(byte) 0xE7, (byte) 0x94},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xFF},
        };
        int valid = 0;
        for (int n = 0; n < 2_000; n++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                // mostly valid pieces, so that about half the inputs are valid
                int piece = random.nextInt(10) < 8 ? random.nextInt(5) : random.nextInt(pieces.length);
                bytes.writeBytes(pieces[piece]);
            }
            byte[] input = bytes.toByteArray();
            String expected = strict(input);
            if (expected != null) {
                valid++;
                assertThat(SpecFiles.decode("x", input)).isEqualTo(expected);
            } else {
                assertThatThrownBy(() -> SpecFiles.decode("x", input))
                        .isInstanceOf(CliException.class)
                        .hasMessageContaining(
                                ControlCharacters.binaryReason(input) != null ? "binary file" : "not valid UTF-8");
            }
        }
        assertThat(valid).isBetween(500, 1_500);
    }

    /** The text, or null when {@code bytes} are binary (the parsers' rule) or not strict UTF-8. */
    private static String strict(byte[] bytes) {
        if (ControlCharacters.binaryReason(bytes) != null) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    @Test
    void formatComesFromTheExtension() {
        assertThat(SpecFormat.of(Path.of("a/spec.json"))).isEqualTo(SpecFormat.JSON);
        assertThat(SpecFormat.of(Path.of("a/spec.YML"))).isEqualTo(SpecFormat.YAML);
        assertThat(SpecFormat.of(Path.of("a/spec.yaml"))).isEqualTo(SpecFormat.YAML);
        assertThat(SpecFormat.of(Path.of("a/spec.txt"))).isEqualTo(SpecFormat.MARKDOWN);
    }
}
