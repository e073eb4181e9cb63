package dev.featurespec.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.parser.ParseResult;
import dev.featurespec.parser.json.YamlSpecReader;
import dev.featurespec.parser.markdown.MarkdownSpecParser;
import org.junit.jupiter.api.Test;

/**
 * snakeyaml-engine 3.0.1 throws {@code IndexOutOfBoundsException} when its read buffer ends on the high
 * half of a surrogate pair. Through {@link PairSafeReader}, YAML documents and front matter with an emoji
 * at every offset around the buffer's end (64 Ki characters for documents, 1 Ki for front matter) read.
 */
class PairSafeReaderTest {
    private static final String EMOJI = "\uD83C\uDFAF"; // 🎯, two UTF-16 units

    @Test
    void noReadEndsBetweenTheHalvesOfAPair() {
        String text = "ab" + EMOJI + "c" + EMOJI;
        PairSafeReader reader = new PairSafeReader(text);
        char[] buffer = new char[3];
        StringBuilder read = new StringBuilder();
        int n;
        while ((n = reader.read(buffer, 0, 3)) > 0) {
            assertThat(Character.isHighSurrogate(buffer[n - 1]) && read.length() + n < text.length())
                    .isFalse();
            read.append(buffer, 0, n);
        }
        assertThat(read.toString()).isEqualTo(text);
        assertThat(reader.read(buffer, 0, 0)).isZero();
    }

    @Test
    void aYamlDocumentWithAnEmojiAcrossTheReadBufferReads() {
        for (int shift = 0; shift < 4; shift++) {
            StringBuilder yaml = new StringBuilder("title: T\nassumptions:\n  - ");
            yaml.append("x".repeat((1 << 16) - 2 - yaml.length() + shift));
            yaml.append(EMOJI).append(" ends here\n");
            ParseResult result = YamlSpecReader.create().parse(yaml.toString());
            assertThat(result.diagnostics()).as("shift %d", shift).isEmpty();
            assertThat(result.spec().assumptions().get(0)).endsWith(EMOJI + " ends here");
        }
    }

    @Test
    void frontMatterWithAnEmojiAcrossTheReadBufferIsValid() {
        for (int shift = 0; shift < 4; shift++) {
            StringBuilder yaml = new StringBuilder("owner: ");
            yaml.append("x".repeat(1024 - 2 - yaml.length() + shift))
                    .append(EMOJI)
                    .append('\n');
            String markdown = "---\n" + yaml + "---\n# Feature Specification: T\n";
            ParseResult result = MarkdownSpecParser.create().parse(markdown);
            assertThat(result.diagnostics())
                    .as("shift %d", shift)
                    .extracting(Diagnostic::rule)
                    .doesNotContain(dev.featurespec.model.diagnostic.Rule.INVALID_FRONT_MATTER);
            assertThat(result.spec().frontMatter()).contains(yaml.substring(0, yaml.length() - 1));
        }
    }
}
